package nl.weegschaal.generate;

/**
 * What {@link FollowUpWaveGenerator#write} produced.
 *
 * @param exports the written files and their planted bad records
 * @param kept    valid respondents that answered the earlier wave too (same id)
 * @param moved   of those, the ones in another stratum than before (their size class changed)
 */
public record GeneratedFollowUp(GeneratedExports exports, int kept, int moved) {
}
