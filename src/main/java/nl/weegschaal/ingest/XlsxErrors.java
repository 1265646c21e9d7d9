package nl.weegschaal.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXParseException;

/** Says in words why a workbook, a part of it or a sheet could not be read, for one-line messages. */
final class XlsxErrors {
    private XlsxErrors() {
    }

    /**
     * The cause of a failure in words: a zip bomb and a byte that is no text said as such, an XML error
     * with its line and column ("line 1, column 294 of its XML: ..."), else the innermost message.
     */
    static String describe(Throwable e) {
        if (cause(e, CharacterCodingException.class) != null) {
            return "its XML is not text in its encoding (UTF-8 unless it declares another); the file is damaged";
        }
        String message = CsvFiles.describe(e).replace('\n', ' ');
        if (message.contains("Zip bomb detected")) {
            return "the file looks like a zip bomb (it unpacks to far more data than its size suggests)"
                    + " and was not read";
        }
        SAXParseException sax = cause(e, SAXParseException.class);
        if (sax != null && sax.getLineNumber() > 0) {
            return at(sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage());
        }
        XMLStreamException xml = cause(e, XMLStreamException.class);
        if (xml != null && cause(e, IOException.class) == null && xml.getLocation() != null
                && xml.getLocation().getLineNumber() > 0) {
            // the JDK's reader frames its complaint: "ParseError at [row,col]:[1,2] Message: ...";
            // Woodstox ends it with the place: "... at [row,col {unknown-source}]: [1,2]"
            int text = message.indexOf("Message: ");
            return at(xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(),
                    (text < 0 ? message : message.substring(text + "Message: ".length()))
                            .replaceFirst("\\s*at \\[row,col [^\\]]*\\]: \\[\\d+,\\d+\\]\\s*$", ""));
        }
        return message;
    }

    private static String at(int line, int column, @Nullable String message) {
        return "line " + line + ", column " + column + " of its XML: "
                + (message == null ? "" : message.replaceAll("[\\r\\n\\t]+", " "));
    }

    /**
     * The first of {@code e} and its causes that is a {@code type}, also through an XML reader's nested
     * exception (the JDK's reader keeps the cause of a failure while reading there, not as its cause).
     */
    static <T extends Throwable> @Nullable T cause(@Nullable Throwable e, Class<T> type) {
        for (int depth = 0; e != null && depth < 20; depth++) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            Throwable next = e.getCause();
            if (next == null && e instanceof XMLStreamException xml) {
                next = xml.getNestedException();
            }
            e = next == e ? null : next;
        }
        return null;
    }
}
