package nl.weegschaal.generate;

import java.util.SplittableRandom;

/**
 * How an establishment's employee count moves from one wave to the next: mostly a little (up to 10%
 * either way, staying inside its size class), and for {@value #CROSS_PERCENT}% of the establishments
 * across a size-class boundary to the neighbouring class (2-19 up, 100+ down, 20-99 either way, each
 * just past the boundary), so that they change stratum as real establishments do.
 */
final class EmployeeDrift {
    static final int CROSS_PERCENT = 3;
    private static final double CROSS = CROSS_PERCENT / 100.0;
    private static final double WITHIN = 0.10;
    /** The bounds of the size classes 2-19, 20-99, 100+ (the generator draws 100+ below 5,000). */
    private static final int[] MIN = {2, 20, 100};
    private static final int[] MAX = {19, 99, 4_999};

    private EmployeeDrift() {
    }

    /** The size class (0, 1, 2 for 2-19, 20-99, 100+) of an employee count of at least 2. */
    static int sizeClass(int employees) {
        return employees >= MIN[2] ? 2 : employees >= MIN[1] ? 1 : 0;
    }

    /** The next wave's employees of an establishment with {@code employees} now; three draws, always. */
    static int drift(int employees, SplittableRandom random) {
        int sizeClass = sizeClass(employees);
        double u = random.nextDouble();
        double v = random.nextDouble();
        double w = random.nextDouble();
        if (u < CROSS) {
            boolean up = sizeClass == 0 || sizeClass == 1 && v < 0.5;
            // just past the boundary: within a fifth of the boundary's value
            int boundary = up ? MIN[sizeClass + 1] : MIN[sizeClass];
            int offset = (int) (w * Math.max(1, boundary / 5));
            return up ? boundary + offset : boundary - 1 - offset;
        }
        long moved = Math.round(employees * (1 + WITHIN * (2 * v - 1)));
        return (int) Math.max(MIN[sizeClass], Math.min(MAX[sizeClass], moved));
    }
}
