package nl.weegschaal.generate;

/**
 * An establishment of the earlier wave that answers again in the follow-up.
 *
 * @param earlier   its record in the earlier wave (id, SBI, stratum, answers as drawn)
 * @param employees its employees now
 * @param stratum   its stratum now: the sector cluster of its SBI code and the size class of {@code employees}
 */
record KeptEstablishment(ExportRow earlier, int employees, int stratum) {
}
