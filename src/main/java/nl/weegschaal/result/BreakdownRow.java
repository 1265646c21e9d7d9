package nl.weegschaal.result;

/**
 * A row of a wave's {@code breakdowns}: one value of a breakdown (the total, a size class, a sector
 * cluster) with its Dutch and English names and its place in publication order.
 */
public record BreakdownRow(String breakdown, String breakdownNl, String breakdownEn, int breakdownOrder,
                           String domainValue, String domainNl, String domainEn, int domainOrder) {
}
