package nl.weegschaal.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks an .xlsx file before POI opens it, so that a file that is no workbook, or a broken or hostile
 * one, ends in one error naming the file instead of a stack trace that POI logs while it opens the
 * package: the file exists and is a zip archive, not an encrypted or Excel 97-2003 (OLE2) file; then
 * its parts are checked by {@link XlsxPartCheck}.
 */
final class XlsxFileCheck {
    private XlsxFileCheck() {
    }

    /** Throws an {@link InputFileException} naming the file if it is not an .xlsx package that POI may open. */
    static void check(Path path) {
        checkFile(path);
        XlsxPartCheck.check(path);
    }

    private static void checkFile(Path path) {
        if (!Files.exists(path)) {
            throw new InputFileException(path + ": file not found");
        }
        if (Files.isDirectory(path)) {
            throw new InputFileException(path + ": is a directory, not an .xlsx workbook");
        }
        FileMagic magic;
        try {
            if (Files.size(path) == 0) {
                throw new InputFileException(path + ": the file is empty; expected an .xlsx workbook");
            }
            magic = FileMagic.valueOf(path.toFile());
            if (magic == FileMagic.OLE2) {
                try (POIFSFileSystem ole = new POIFSFileSystem(path.toFile(), true)) {
                    if (ole.getRoot().hasEntry("EncryptedPackage")) {
                        throw new InputFileException(path + ": the workbook is password-protected (encrypted);"
                                + " save an unprotected copy");
                    }
                }
                throw new InputFileException(path + ": is an Excel 97-2003 (.xls) or other OLE2 file, not .xlsx;"
                        + " save it as an .xlsx workbook");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFileException known) {
                throw known;
            }
            throw new InputFileException(path + ": cannot read the file: " + XlsxErrors.describe(e), e);
        }
        if (magic != FileMagic.OOXML) {
            throw new InputFileException(path + ": is not an .xlsx workbook (not a zip archive"
                    + (magic == FileMagic.UNKNOWN ? "" : "; the file looks like " + magic) + ")");
        }
    }
}
