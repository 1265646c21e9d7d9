package nl.weegschaal.spec;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The valid key a misspelt one was probably meant to be: the nearest by edit distance (with a swap
 * of two neighbouring letters as one edit, the commonest typing slip), if it is near enough to be a
 * slip rather than another word.
 */
final class KeySuggestion {
    private KeySuggestion() {
    }

    /** The key among {@code valid} nearest to {@code written}, first in {@code valid} on a tie; null if none is near. */
    static @Nullable String nearest(String written, Collection<String> valid) {
        String typed = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String key : valid) {
            int distance = distance(typed, key.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = key;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= allowed(typed) ? best : null;
    }

    /** A slip: up to a third of the letters, at least one and at most three edits. */
    private static int allowed(String typed) {
        return Math.max(1, Math.min(3, typed.length() / 3));
    }

    /** The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
