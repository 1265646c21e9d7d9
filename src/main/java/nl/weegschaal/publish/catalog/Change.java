package nl.weegschaal.publish.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A row of the catalog's {@code changes} table: the change of one proportion cell between two consecutive
 * waves. {@code difference} is {@code estimateTo - estimateFrom}, a fraction like the estimates;
 * {@code pValue} and {@code significant} are null when the cell was not tested ({@code note} says why);
 * {@code nBoth} is null for independent waves.
 */
public record Change(String waveFrom, String waveTo, String variable, String level, String domainVar,
                     String domainValue, double estimateFrom, double estimateTo, double difference,
                     @Nullable Double seDifference, @Nullable Double ciLow, @Nullable Double ciHigh,
                     @Nullable Double pValue, @Nullable Boolean significant, @Nullable Long nBoth, String comparison,
                     @Nullable String note) {
}
