package nl.weegschaal.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text of a number cell (a number, or a formula's cached number), from its stored value rather
 * than from what its number format displays: whole numbers without ".0" whatever the format (4711 in
 * a cell formatted {@code 0.0} is {@code 4711}), other numbers in plain notation with at most 15
 * significant digits as in Excel ({@code 12.5}, {@code 0.3} for 0.1+0.2), dates and times ISO
 * ({@code 2024-03-01}, {@code 2024-02-29T13:45:10}, {@code 18:00:00}).

 */
final class XlsxCellText extends DataFormatter {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final boolean date1904;

    XlsxCellText(boolean date1904) {
        super(Locale.ROOT);
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value, date1904, true);
            if (value < 1) {
                return time.format(TIME);
            }
            return value == Math.rint(value) ? time.toLocalDate().toString() : time.format(DATE_TIME);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).round(new MathContext(15)).stripTrailingZeros()
                .toPlainString();
    }
}
