# R's survey on weigh's benchmark workload, for scripts/benchmark.sh: the same generated wave
# (responses.csv, frame.csv from `weegschaal generate`), weighted as weigh --method METHOD weighs it,
# then every proportion of VARS with its standard error and design effect, for the whole sample and
# per value of each of DOMAINS (svymean and svyby with deff = TRUE), as weigh estimates them.
#   stratified    svydesign(ids = ~1, strata = ~stratum, fpc = ~N)
#   poststratify  svydesign(ids = ~1, weights = ~1), then postStratify to the stratum counts
#   rake          svydesign(ids = ~1, weights = ~1), then rake to the sector and size-class margins
# weigh also computes three confidence intervals per cell (Wald, logit, Korn-Graubard); R is not
# asked for them here (svyciprop per cell would add to R's time).
#   Rscript scripts/benchmark.R DIR METHOD VARS DOMAINS
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
method <- args[2]
vars <- strsplit(args[3], ",")[[1]]
domains <- strsplit(args[4], ",")[[1]]
t0 <- Sys.time()
r <- read.csv(file.path(dir, "responses.csv"), colClasses = "character", na.strings = "")
f <- read.csv(file.path(dir, "frame.csv"), colClasses = c("character", "character", "numeric"))
r$stratum <- paste(r$sector_cluster, r$size_class)
f$stratum <- paste(f$sector_cluster, f$size_class)
r$one <- 1
if (method == "stratified") {
  r$N <- f$N[match(r$stratum, f$stratum)]
  d <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = r)
} else if (method == "poststratify") {
  d <- postStratify(svydesign(ids = ~1, weights = ~one, data = r), ~stratum,
                    data.frame(stratum = f$stratum, Freq = f$N))
} else if (method == "rake") {
  sectors <- aggregate(N ~ sector_cluster, f, sum)
  sizes <- aggregate(N ~ size_class, f, sum)
  names(sectors)[2] <- "Freq"
  names(sizes)[2] <- "Freq"
  d <- rake(svydesign(ids = ~1, weights = ~one, data = r), list(~sector_cluster, ~size_class), list(sectors, sizes))
} else {
  stop("method must be stratified, poststratify or rake")
}
t1 <- Sys.time()
for (v in vars) {
  fo <- as.formula(paste0("~factor(", v, ")"))
  dv <- subset(d, !is.na(get(v)))
  svymean(fo, dv, deff = TRUE)
  for (dom in domains) svyby(fo, as.formula(paste0("~", dom)), dv, svymean, deff = TRUE)
}
t2 <- Sys.time()
s <- function(a, b) as.numeric(b - a, units = "secs")
cat(sprintf("R survey %s: read+design %.1f s, estimates %.1f s, total %.1f s\n", method, s(t0, t1), s(t1, t2),
            s(t0, t2)))
