package nl.weegschaal.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The respondent ids of a run, in record order, with a duplicate check. An open-addressing table
 * of record indices stands in for a {@code HashMap<String, Integer>}: a million ids then cost one
 * int per slot instead of a map entry and a boxed index each, which keeps the garbage collector
 * out of the ingest step.
 */
final class IdIndex {
    private final List<String> ids = new ArrayList<>();
    private int[] slots = emptySlots(1 << 16);

    /**
     * Adds an id; returns -1, or the record index of the earlier record with the same id (which is
     * then not added).
     */
    int add(String id) {
        if (ids.size() * 2 >= slots.length) {
            rehash();
        }
        int slot = find(id);
        if (slots[slot] >= 0) {
            return slots[slot];
        }
        slots[slot] = ids.size();
        ids.add(id);
        return -1;
    }

    List<String> ids() {
        return ids;
    }

    private int find(String id) {
        int mask = slots.length - 1;
        int slot = mix(id.hashCode()) & mask;
        while (slots[slot] >= 0 && !ids.get(slots[slot]).equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        slots = emptySlots(slots.length * 2);
        int mask = slots.length - 1;
        for (int index = 0; index < ids.size(); index++) {
            int slot = mix(ids.get(index).hashCode()) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = index;
        }
    }

    /** Spreads similar hash codes (ids that differ in their last characters) over the table. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int[] emptySlots(int size) {
        int[] empty = new int[size];
        Arrays.fill(empty, -1);
        return empty;
    }
}
