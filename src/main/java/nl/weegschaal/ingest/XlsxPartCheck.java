package nl.weegschaal.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;

/**
 * Checks the zip archive of an .xlsx file and its parts before POI opens it (see {@link XlsxFileCheck}).
 *
 * <ul>
 * <li>The archive's table of contents must be readable: a file cut off while copying is refused here
 * (POI would log a warning and fall back to reading what is left). It may list at most POI's limit of
 * parts for a zip read as a stream (1000), so that checking them stays cheap.
 * <li>No part may declare a DOCTYPE. Excel never writes one, and a DOCTYPE is how an external entity
 * ({@code file:///etc/passwd}) would get into a cell. POI refuses a DOCTYPE in a part only when it
 * parses the part, with a logged stack trace: the content types, relationships and core properties as
 * the package opens (for the core properties it logged, dropped them and the run went on with exit 0),
 * the workbook, styles, shared strings and sheet later, other parts (app properties, other sheets)
 * never. So every part is checked here up to its first element, where a DOCTYPE must stand.
 * <li>The parts POI parses while it opens the package or that describe it, {@code [Content_Types].xml},
 * the relationships ({@code .rels}) and the document properties ({@code docProps/*.xml}), must be
 * well-formed XML: they are small, and POI's own errors for them ("no core document found") or its
 * silence (broken core properties are dropped) would not say what is wrong.
 * </ul>
 * A part that does not start as XML (an image, a printer setting) holds no DOCTYPE; POI reports it if it
 * ever parses it.
 */
final class XlsxPartCheck {
    /** How far into a part its first element must begin; Excel's begin after a 60-byte XML declaration. */
    static final int PROLOG_LIMIT = 64 * 1024;

    private XlsxPartCheck() {
    }

    static void check(Path path) {
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(path.toFile());
        } catch (IOException | RuntimeException e) {
            throw new InputFileException(path + ": not a readable .xlsx workbook: the zip archive is damaged or"
                    + " incomplete, its table of contents at the end of the file cannot be read ("
                    + XlsxErrors.describe(e) + "); was the file cut off while copying or downloading?", e);
        }
        try (zip) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > ZipSecureFile.getMaxFileCount()) { // POI's limit for a zip it reads as a stream
                throw new InputFileException(path + ": not a readable .xlsx workbook: the zip archive holds "
                        + entries.size() + " parts, more than " + ZipSecureFile.getMaxFileCount()
                        + ", far more than a workbook of answers has; refusing to read it");
            }
            XMLInputFactory factory = XMLHelper.newXMLInputFactory(); // one per file: a factory reuses its readers
            for (ZipArchiveEntry entry : entries) {
                if (!entry.isDirectory()) {
                    checkPart(path, zip, entry, factory);
                }
            }
        } catch (IOException e) {
            throw new InputFileException(path + ": not a readable .xlsx workbook: " + XlsxErrors.describe(e), e);
        }
    }

    /** Whether the whole part must be well-formed XML, not only its start. */
    static boolean checkedWhole(String part) {
        return part.equals("[Content_Types].xml") || part.endsWith(".rels")
                || part.startsWith("docProps/") && part.endsWith(".xml");
    }

    private static void checkPart(Path path, ZipSecureFile zip, ZipArchiveEntry entry, XMLInputFactory factory)
            throws IOException {
        String part = entry.getName();
        boolean whole = checkedWhole(part);
        Limited in = new Limited(zip.getInputStream(entry), whole ? Long.MAX_VALUE : PROLOG_LIMIT);
        try (in) {
            XMLStreamReader xml = factory.createXMLStreamReader(XlsxXmlText.reader(in));
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new InputFileException(path + ": part " + part + " has a DOCTYPE declaration, which"
                                + " Excel never writes (it can make a reader fetch other files: an external entity);"
                                + " the workbook was not read");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && !whole) {
                        return;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof InputFileException known) {
                throw known;
            }
            failed(path, part, e, whole, in.exhausted);
        }
    }

    /**
     * A part the XML reader failed on: refused if it cannot be unpacked, if it must be XML, or if its start
     * is all prolog; else it is no XML (its bytes are no text, or no XML text).
     */
    private static void failed(Path path, String part, Exception e, boolean whole, boolean exhausted) {
        if (XlsxErrors.cause(e, CharacterCodingException.class) != null) {
            if (whole) {
                throw new InputFileException(path + ": not a readable .xlsx workbook: part " + part
                        + " is not text in its encoding (UTF-8 unless it declares another); the file is damaged", e);
            }
            return; // not text: an image or another binary part
        }
        IOException unreadable = XlsxErrors.cause(e, IOException.class);
        if (unreadable != null) {
            throw new InputFileException(path + ": not a readable .xlsx workbook: part " + part + " cannot be read: "
                    + XlsxErrors.describe(unreadable), e);
        }
        if (whole) {
            throw new InputFileException(path + ": not a readable .xlsx workbook: part " + part
                    + " is not well-formed: " + XlsxErrors.describe(e), e);
        }
        if (exhausted) {
            throw new InputFileException(path + ": part " + part + " has no XML element in its first "
                    + PROLOG_LIMIT / 1024 + " KB (Excel's parts begin with one); the workbook was not read", e);
        }
        // not XML (an image, a binary part): no DOCTYPE can hide in it
    }

    /** At most {@code limit} bytes of a part; remembers whether the reader wanted more. */
    private static final class Limited extends FilterInputStream {
        private long left;
        private boolean exhausted;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                exhausted = true;
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            int most = (int) Math.min(n, 8192);
            return Math.max(0, read(new byte[most], 0, most));
        }
    }
}
