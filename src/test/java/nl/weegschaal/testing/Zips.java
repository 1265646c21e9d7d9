package nl.weegschaal.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites one entry of a zip (an XLSX workbook is one), to make broken or hostile workbooks. */
public final class Zips {
    private Zips() {
    }

    /** The zip {@code in} with the text of {@code entry} changed; fails if there is no such entry. */
    public static byte[] rewriteEntry(byte[] in, String entry, UnaryOperator<String> change) throws IOException {
        return rewriteEntryBytes(in, entry,
                bytes -> change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The zip {@code in} with the bytes of {@code entry} changed (to make them no valid text, say); fails if
     * there is no such entry.
     */
    public static byte[] rewriteEntryBytes(byte[] in, String entry, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(in));
                ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] bytes = zin.readAllBytes();
                if (e.getName().equals(entry)) {
                    bytes = change.apply(bytes);
                    found = true;
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        if (!found) {
            throw new IllegalStateException("no entry " + entry);
        }
        return out.toByteArray();
    }
}
