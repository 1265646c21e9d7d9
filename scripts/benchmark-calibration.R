# R's survey on the calibration benchmark's workload, for scripts/benchmark.sh (calibration): the same
# generated wave (responses.csv, frame.csv, totals.csv from `generate --register`), calibrated with
# calibrate(~ size_class + sector_cluster + employees, calfun = "logit", bounds = c(0.5, 2)), then every
# proportion of 5 categorical variables and the total and mean of 3 numeric variables and one ratio,
# for the whole sample and per size class and sector cluster, as weigh estimates them.
#   Rscript scripts/benchmark-calibration.R DIR
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "target/benchmark-calibration/1000000"
t0 <- Sys.time()
r <- read.csv(file.path(dir, "responses.csv"), colClasses = "character", na.strings = "")
f <- read.csv(file.path(dir, "frame.csv"), colClasses = c("character", "character", "numeric"))
tot <- read.csv(file.path(dir, "totals.csv"), colClasses = c("character", "character", "numeric"), na.strings = "")
for (v in c("employees", "vacatures", "banen_verlies_verwacht", "opgeleid")) r[[v]] <- as.numeric(r[[v]])
r$stratum <- paste(r$sector_cluster, r$size_class)
f$stratum <- paste(f$sector_cluster, f$size_class)
r$N <- f$N[match(r$stratum, f$stratum)]
r$size_class <- factor(r$size_class, levels = tot$level[tot$variable == "size_class"])
r$sector_cluster <- factor(r$sector_cluster, levels = tot$level[tot$variable == "sector_cluster"])
d <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = r)
sizes <- tot$total[tot$variable == "size_class"]
sectors <- tot$total[tot$variable == "sector_cluster"]
population <- c(sum(sizes), sizes[-1], sectors[-1], tot$total[tot$variable == "employees"])
t1 <- Sys.time()
dc <- calibrate(d, ~ size_class + sector_cluster + employees, population = population, calfun = "logit",
                bounds = c(0.5, 2))
t2 <- Sys.time()
for (v in c("ai_gebruik", "banen_verdwijnen", "banen_erbij", "scholingsbehoefte_verandert", "andere_vaardigheden")) {
  fo <- as.formula(paste0("~factor(", v, ")"))
  dv <- subset(dc, !is.na(get(v)))
  svymean(fo, dv, deff = TRUE, na.rm = TRUE)
  for (dom in c("size_class", "sector_cluster")) svyby(fo, as.formula(paste0("~", dom)), dv, svymean, deff = TRUE,
                                                       na.rm = TRUE)
}
for (v in c("vacatures", "banen_verlies_verwacht", "opgeleid")) {
  fo <- as.formula(paste0("~", v))
  svytotal(fo, dc, na.rm = TRUE, deff = TRUE); svymean(fo, dc, na.rm = TRUE, deff = TRUE)
  for (dom in c("size_class", "sector_cluster")) {
    svyby(fo, as.formula(paste0("~", dom)), dc, svytotal, na.rm = TRUE, deff = TRUE)
    svyby(fo, as.formula(paste0("~", dom)), dc, svymean, na.rm = TRUE, deff = TRUE)
  }
}
svyratio(~banen_verlies_verwacht, ~employees, dc, na.rm = TRUE)
for (dom in c("size_class", "sector_cluster")) svyby(~banen_verlies_verwacht, as.formula(paste0("~", dom)), dc, svyratio,
                                                     denominator = ~employees, na.rm = TRUE)
t3 <- Sys.time()
s <- function(a, b) as.numeric(b - a, units = "secs")
cat(sprintf("R survey: read+design %.1f s, calibrate %.1f s, estimates %.1f s, total %.1f s\n", s(t0, t1), s(t1, t2),
            s(t2, t3), s(t0, t3)))
