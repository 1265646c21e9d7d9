package nl.weegschaal.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * The paths a job spec names, resolved against the spec's folder and kept inside the spec's
 * {@code root}.
 *
 * <p>Why: a spec is input like the exports, and it may come from a shared folder or from someone
 * else. Without a boundary, {@code file: ../../etc/passwd} would be read into a result (the rejects
 * table keeps values) and {@code output: {dir: /}} would be written to. The boundary is a folder the
 * spec names itself, {@code root}, relative to the spec's folder (default: that folder): the author
 * widens it explicitly, e.g. {@code root: ..} for the project layout {@code jobs/} beside
 * {@code sample-data/}. A path must lie inside the root both as written (with {@code ..} removed) and
 * after following every symbolic link of the part that exists, so that neither {@code ..}, an
 * absolute path nor a link inside the root that points out of it reaches a file outside. The path
 * checked is the path the job opens (the normalised one), so the check and the use agree.
 *
 * <p>This guards against a careless or hostile spec, not against someone who can change the file
 * system between the check and the run.
 */
final class SpecPaths {
    /** As many links as Linux follows for one path before giving up (ELOOP). */
    private static final int MAX_LINKS = 40;

    private final Path folder;
    private final Path root;
    private final Path realRoot;

    private SpecPaths(Path folder, Path root, Path realRoot) {
        this.folder = folder;
        this.root = root;
        this.realRoot = realRoot;
    }

    /**
     * The rule of a spec in {@code folder} (absolute, normalised) with the value of its {@code root}
     * key, if any. The root may lie above the spec's folder — that is the author's decision — but it
     * must be an existing folder.
     */
    static SpecPaths of(@Nullable YamlNode rootKey, Path folder) {
        if (rootKey == null) {
            return new SpecPaths(folder, folder, real(folder, null));
        }
        Path root = folder.resolve(rootKey.text()).normalize();
        if (!Files.exists(root)) {
            throw rootKey.error(rootKey.text() + " resolves to " + root + ", which does not exist; the root must be"
                    + " an existing folder");
        }
        if (!Files.isDirectory(root)) {
            throw rootKey.error(rootKey.text() + " resolves to " + root + ", which is not a folder; the root must be"
                    + " an existing folder");
        }
        return new SpecPaths(folder, root, real(root, rootKey));
    }

    /** The spec's root as written, absolute and normalised. */
    Path root() {
        return root;
    }

    /** The path a key names, relative to the spec's folder; it must lie inside the root. */
    Path resolve(YamlNode node) {
        Path path = folder.resolve(node.text()).normalize();
        check(node, node.text(), path);
        return path;
    }

    /** The path a key names that must also be a readable file. */
    Path existingFile(YamlNode node) {
        Path file = resolve(node);
        if (!Files.isRegularFile(file)) {
            throw node.error(file + " does not exist or is not a file");
        }
        if (!Files.isReadable(file)) {
            throw node.error(file + " cannot be read");
        }
        return file;
    }

    /**
     * Checks a path derived from a key (the result file in the output folder): {@code shown} is how
     * the message names it.
     */
    void check(YamlNode node, String shown, Path path) {
        if (!path.startsWith(root)) {
            throw outside(node, shown, path.toString());
        }
        Path real = real(path, node);
        if (!real.startsWith(realRoot)) {
            throw outside(node, shown, real + " through a symbolic link");
        }
    }

    private SpecException outside(YamlNode node, String shown, String where) {
        return node.error(shown + " resolves to " + where + ", outside the spec's root " + root
                + " (set root: to widen it)");
    }

    /**
     * The path with every symbolic link followed, as the operating system would, for as much of it as
     * exists: the parts that do not exist (yet) are kept as they are. Unlike {@link Path#toRealPath}
     * this also works for a file still to be written and follows a link whose target is missing.
     */
    static Path real(Path path, @Nullable YamlNode node) {
        Deque<String> todo = new ArrayDeque<>();
        path.forEach(name -> todo.addLast(name.toString()));
        Path current = path.getRoot();
        int links = 0;
        while (!todo.isEmpty()) {
            String name = todo.removeFirst();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(name);
            if (!Files.isSymbolicLink(next)) {
                current = next;
                continue;
            }
            if (++links > MAX_LINKS) {
                throw problem(node, path + " cannot be resolved: too many symbolic links");
            }
            Path target = readLink(next, node);
            for (int i = target.getNameCount() - 1; i >= 0; i--) {
                todo.addFirst(target.getName(i).toString());
            }
            if (target.isAbsolute()) {
                current = target.getRoot();
            }
        }
        return current;
    }

    private static Path readLink(Path link, @Nullable YamlNode node) {
        try {
            return Files.readSymbolicLink(link);
        } catch (IOException e) {
            throw problem(node, "cannot read the symbolic link " + link + ": " + e.getMessage());
        }
    }

    private static SpecException problem(@Nullable YamlNode node, String message) {
        return node == null ? new SpecException(message) : node.error(message);
    }
}
