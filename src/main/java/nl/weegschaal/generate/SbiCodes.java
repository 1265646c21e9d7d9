package nl.weegschaal.generate;

import java.util.SplittableRandom;

/**
 * SBI 2008 codes per sector cluster of the synthetic wave: classes (four digits) and Dutch subclasses
 * (five digits) that SBI 2008 has, of the sections that make up each cluster, a mix of both lengths;
 * {@code SbiCodesTest} checks each against the classification file and its cluster. Health care and
 * social work (clusters 14 and 15) only get five-digit codes, as section Q's split between them runs
 * through subclasses (8810); division 78 (out of scope) never occurs here, only as a planted bad record.
 */
final class SbiCodes {
    /** Per cluster 01..16 in publication order; every code is unambiguous for its cluster. */
    private static final String[][] CODES = {
        {"0111", "01131", "0121", "01241", "0141", "01461", "0150", "0161", "0210", "0311"},
        {"1011", "10821", "1082", "1101", "1393", "1723", "1812", "2014", "2222", "2511", "20149", "2562",
            "2651", "2711", "2822", "2932", "3101", "32501", "3321", "3511", "3600", "3700", "3832"},
        {"4110", "4120", "4211", "4221", "4299", "4311", "43221", "43222", "4332", "43999", "43991"},
        {"4611", "4621", "46311", "4641", "46421", "4646", "4651", "4663", "46691", "4673", "4690"},
        {"45111", "4520", "45311", "4540", "47191", "4719", "47221", "4730", "47431", "4751", "4771",
            "47721", "4791"},
        {"4910", "4931", "49391", "4941", "5010", "5110", "5210", "52241", "5229", "5310", "5320"},
        {"5510", "5520", "5530", "56101", "56102", "5621", "5629", "5630"},
        {"5811", "5821", "59111", "6010", "6110", "6120", "6201", "6202", "6203", "6209", "6311", "6312"},
        {"6419", "64191", "6420", "6430", "6491", "6511", "6512", "6520", "6611", "6619", "6622", "6630"},
        {"6810", "6820", "6831", "6832", "7711", "7712", "7739", "7911", "7990", "8010", "8110", "81221",
            "8122", "8130", "8211", "8220", "8230", "82991", "8299"},
        {"6910", "69201", "7010", "70221", "7111", "71112", "7120", "7219", "7311", "7320", "7410",
            "7420", "7490", "7500"},
        {"8411", "84231", "8413", "8421", "8422", "8423", "8424", "8425", "8430"},
        {"85201", "8520", "85311", "8532", "8541", "8542", "85511", "8552", "8559", "8560"},
        {"86101", "86102", "86103", "86104", "86913", "86919", "86221", "86222", "86231", "86911",
            "86912", "86921", "86922", "86924", "86925", "86929", "87301", "87302", "88101", "88103"},
        {"87901", "87902", "88102", "88991", "88992", "88993", "88999"},
        {"9001", "90011", "9002", "9101", "9103", "9200", "9311", "93121", "9313", "9319", "9321",
            "9329", "9411", "9412", "9420", "94911", "9499", "9511", "9601", "96021", "9603", "9604", "9609"},
    };

    private SbiCodes() {
    }

    /** A code of the given zero-based cluster, uniformly from its list. */
    static String draw(int sector, SplittableRandom random) {
        String[] codes = CODES[sector];
        return codes[random.nextInt(codes.length)];
    }

    /** All codes of a zero-based cluster (a copy). */
    static String[] of(int sector) {
        return CODES[sector].clone();
    }

    /**
     * Whether a spreadsheet may hold the code as a number cell: only all-digit codes without a
     * leading zero, because {@code 0111} stored as 111 would read back as another division.
     */
    static boolean fitsNumberCell(String code) {
        if (code.isEmpty() || code.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
