package nl.weegschaal.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * The text of a number cell (a number, or a formula's cached number), from its stored value rather
 * than from what its number format displays: whole numbers without ".0" whatever the format (4711 in
 * a cell formatted {@code 0.0} is {@code 4711}), other numbers in plain notation with at most 15
 * significant digits as in Excel ({@code 12.5}, {@code 0.3} for 0.1+0.2), dates and times ISO
 * ({@code 2024-03-01}, {@code 2024-02-29T13:45:10}, {@code 18:00:00}).
 *
 * <p>One exception: a whole number in a format that pads with zeros ({@code 0000}, {@code 00000}: the
 * format a spreadsheet user sets to see SBI code {@code 0111} in a number cell) reads as it is shown,
 * {@code 0111}, because the zero is part of the code. A number in the Text format {@code @} reads as
 * {@code 111}: it was a number before it became text, its zero was lost before the file was written.
 */
final class XlsxCellText extends DataFormatter {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** A format's first section (positive numbers) made of zeros only: 2 or more pad. */
    private static final Pattern ZEROS = Pattern.compile("0+");

    private final boolean date1904;

    /**
     * What a number format means for a cell's text: whether it shows a date or a time, and how many digits
     * it pads whole numbers to. Deciding whether a format is a date matches it against patterns, which for
     * every number cell of a large sheet was a tenth of its reading, so a reader decides it once per style
     * ({@link XlsxCellReader}).
     */
    record NumberFormat(int index, String string, boolean date, int digits) {
        static NumberFormat of(int index, String string) {
            return new NumberFormat(index, string, DateUtil.isADateFormat(index, string), XlsxCellText.digits(string));
        }
    }

    XlsxCellText(boolean date1904) {
        super(Locale.ROOT);
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return text(value, NumberFormat.of(formatIndex, formatString));
    }

    /** The text of a number cell of value {@code value} in number format {@code format}. */
    String text(double value, NumberFormat format) {
        if (format.date() && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value, date1904, true);
            if (value < 1) {
                return time.format(TIME);
            }
            return value == Math.rint(value) ? time.toLocalDate().toString() : time.format(DATE_TIME);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return padded((long) value, format.digits());
        }
        return new BigDecimal(Double.toString(value)).round(new MathContext(15)).stripTrailingZeros()
                .toPlainString();
    }

    /** The number of digits a format pads whole numbers to with zeros; 1 (no padding) for any other format. */
    static int digits(@Nullable String formatString) {
        if (formatString == null) {
            return 1;
        }
        int end = formatString.indexOf(';');
        String positive = end < 0 ? formatString : formatString.substring(0, end);
        return ZEROS.matcher(positive).matches() ? positive.length() : 1;
    }

    private static String padded(long value, int digits) {
        String text = Long.toString(Math.abs(value));
        if (text.length() < digits) {
            text = "0".repeat(digits - text.length()) + text;
        }
        return value < 0 ? "-" + text : text;
    }
}
