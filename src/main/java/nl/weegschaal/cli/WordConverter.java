package nl.weegschaal.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option whose value is one of a few words (a method, a rule) case-insensitively, and
 * names the valid words when it is none of them: "'raking' is not one of stratified, poststratify,
 * rake", not a Java type or exception.
 */
abstract class WordConverter<T> implements ITypeConverter<T> {
    private final List<String> words;
    private final Function<String, T> read;

    /** {@code words} in the order the help lists them; {@code read} turns one of them into the value. */
    WordConverter(List<String> words, Function<String, T> read) {
        this.words = List.copyOf(words);
        this.read = read;
    }

    @Override
    public T convert(String value) {
        String word = value.trim().toLowerCase(Locale.ROOT);
        if (!words.contains(word)) {
            throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", words));
        }
        return read.apply(word);
    }
}
