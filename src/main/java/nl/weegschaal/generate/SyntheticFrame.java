package nl.weegschaal.generate;

/**
 * The synthetic population frame: establishments with at least 2 employees per sector cluster x
 * size class, in the order of the 16 clusters of the publication. Counts are invented but shaped
 * like the Dutch business register: about 401,000 establishments, 85% with 2-19 employees, 12%
 * with 20-99, 3% with 100+; trade and business services large, agriculture, finance and public
 * administration small, public administration and education relatively often large.
 */
final class SyntheticFrame {
    static final String[] SIZE_CLASSES = {"2-19", "20-99", "100+"};
    static final int SECTORS = 16;
    static final int STRATA = SECTORS * SIZE_CLASSES.length;

    /**
     * Scale the frame once a stratum would be sampled at more than this fraction: a (nearly)
     * exhaustively sampled stratum looks like no real wave and makes finite-population corrections
     * degenerate. Any fraction <= 1 guarantees n_h <= N_h.
     */
    static final double MAX_SAMPLING_FRACTION = 0.5;

    /** Rows: clusters 01..16 in publication order; columns: 2-19, 20-99, 100+. */
    private static final int[][] BASE = {
        {13_410, 610, 65},      // 01 Landbouw
        {21_870, 5_740, 1_980}, // 02 Industrie
        {33_950, 3_690, 640},   // 03 Bouw
        {26_720, 4_310, 1_060}, // 04 Groothandel
        {55_480, 6_270, 810},   // 05 Detailhandel en autohandel
        {11_530, 2_680, 760},   // 06 Vervoer en opslag
        {36_120, 4_150, 310},   // 07 Horeca
        {13_760, 1_840, 520},   // 08 Informatie en communicatie
        {4_810, 830, 350},      // 09 Financiële instellingen
        {18_950, 2_290, 930},   // 10 Verhuur en overige zakelijke diensten
        {36_640, 3_010, 640},   // 11 Specialistische zakelijke diensten
        {1_380, 840, 610},      // 12 Openbaar bestuur
        {7_440, 3_150, 1_220},  // 13 Onderwijs
        {30_260, 3_620, 1_150}, // 14 Gezondheidszorg
        {8_350, 2_870, 700},    // 15 Sociaal werk, jeugdzorg, kinderopvang
        {21_260, 1_590, 290},   // 16 Overige dienstverlening, cultuur, sport, recreatie
    };

    private SyntheticFrame() {
    }

    /** Stratum index h = sector * 3 + size class; both zero-based. */
    static int stratum(int sector, int sizeClass) {
        return sector * SIZE_CLASSES.length + sizeClass;
    }

    static int sectorOf(int stratum) {
        return stratum / SIZE_CLASSES.length;
    }

    static int sizeClassOf(int stratum) {
        return stratum % SIZE_CLASSES.length;
    }

    /** The zero-padded text code of a cluster, {@code 01}..{@code 16}. */
    static String sectorCode(int sector) {
        return sector < 9 ? "0" + (sector + 1) : Integer.toString(sector + 1);
    }

    /** The unscaled register count of a stratum. */
    static int baseCount(int stratum) {
        return BASE[sectorOf(stratum)][sizeClassOf(stratum)];
    }

    /** The unscaled count of a whole size class. */
    static long baseSizeClassTotal(int sizeClass) {
        long total = 0;
        for (int[] row : BASE) {
            total += row[sizeClass];
        }
        return total;
    }

    /**
     * The frame to publish with a given allocation. For ordinary sample sizes this is the base
     * frame. When some n_h exceeds {@link #MAX_SAMPLING_FRACTION} of N_h (huge load-test waves),
     * every N_h is multiplied by the same factor k (rounded up), so the population shares, and thus
     * the weighted story, stay the same while every stratum can hold its sample.
     */
    static long[] counts(int[] allocation) {
        double k = 1.0;
        for (int h = 0; h < STRATA; h++) {
            k = Math.max(k, allocation[h] / (MAX_SAMPLING_FRACTION * baseCount(h)));
        }
        long[] counts = new long[STRATA];
        for (int h = 0; h < STRATA; h++) {
            counts[h] = k == 1.0 ? baseCount(h) : (long) Math.ceil(k * baseCount(h));
        }
        return counts;
    }
}
