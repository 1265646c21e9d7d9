package nl.weegschaal.result;

/** A fingerprint of one table of a result file: its rows and the MD5 of its content (see {@link ResultReader#digests()}). */
public record TableDigest(String table, long rows, String md5) {
}
