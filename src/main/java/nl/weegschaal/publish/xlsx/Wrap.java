package nl.weegschaal.publish.xlsx;

/** Estimates how many lines a text takes when wrapped at a width in characters (no font metrics). */
final class Wrap {
    private Wrap() {
    }

    static int lines(String text, int width) {
        int columns = Math.max(1, width);
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int length = word.length();
            if (used > 0 && used + 1 + length > columns) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + length;
            while (used > columns) {
                lines++;
                used -= columns;
            }
        }
        return lines;
    }

    static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split(" ")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
