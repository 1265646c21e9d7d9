# Test-oracle reference files computed with R's survey package.
#
# Builds small hand-made data sets, weights them and estimates proportions
# the way the shared methodology (docs/methodology.md) describes, with survey doing the work,
# and writes inputs and outputs to src/test/resources/reference/<case>/.
# The layout and conventions are those of reference/apistrat (see its README).
#
# Run from the repository root:   Rscript src/test/r/make_references.R
# Deterministic: the same R and survey versions give byte-identical files.

suppressPackageStartupMessages(library(survey))

OUT_ROOT <- file.path("src", "test", "resources", "reference")
LEVEL <- 0.95

# ---------------------------------------------------------------- helpers

source(file.path("src", "test", "r", "survey_cells.R"))

# ---------------------------------------------------------------- designs

make_stratified <- function(data, frame, strata_cols) {
  data$stratum_ <- do.call(paste, c(data[strata_cols], sep = "|"))
  frame$stratum_ <- do.call(paste, c(frame[strata_cols], sep = "|"))
  data$N_ <- frame$N[match(data$stratum_, frame$stratum_)]
  stopifnot(!anyNA(data$N_))
  svydesign(ids = ~1, strata = ~stratum_, fpc = ~N_, data = data)
}

make_poststratify <- function(data, frame, strata_cols) {
  data$stratum_ <- do.call(paste, c(data[strata_cols], sep = "|"))
  pop <- data.frame(stratum_ = do.call(paste, c(frame[strata_cols], sep = "|")),
                    Freq = frame$N, stringsAsFactors = FALSE)
  d0 <- svydesign(ids = ~1, weights = rep(1, nrow(data)), data = data)
  postStratify(d0, ~stratum_, pop)
}

make_rake <- function(data, frame, strata_cols) {
  margins <- lapply(strata_cols, function(s) as.formula(paste("~", s)))
  pops <- lapply(strata_cols, function(s) {
    agg <- tapply(frame$N, frame[[s]], sum)
    out <- data.frame(names(agg), as.vector(agg), stringsAsFactors = FALSE)
    names(out) <- c(s, "Freq")
    out
  })
  d0 <- svydesign(ids = ~1, weights = rep(1, nrow(data)), data = data)
  d <- rake(d0, margins, pops, control = list(maxit = 1000, epsilon = 1e-15))
  # converged? every margin met to 1e-12 relative
  w <- weights(d)
  for (i in seq_along(strata_cols)) {
    s <- strata_cols[i]
    got <- tapply(w, data[[s]], sum)
    want <- pops[[i]]$Freq[match(names(got), pops[[i]][[s]])]
    rel <- max(abs(got - want) / want)
    cat(sprintf("  rake margin %-8s max relative gap %.3g\n", s, rel))
    stopifnot(rel < 1e-12)
  }
  d
}

# Exact least-squares version of survey's raking variance (methodology.md):
# e = w * residual of x/w on the dummies of all margins; V = n/(n-1) sum (e-ebar)^2.
exact_rake_checker <- function(design, data, strata_cols) {
  w <- weights(design)
  n <- nrow(data)
  X <- model.matrix(as.formula(paste("~", paste(strata_cols, collapse = "+"))), data)
  qrX <- qr(X)
  rk <- design$postStrata[[1]]
  # weights survey uses as psw in its back-fitting, per margin
  psw_gap <- sapply(rk, function(mg) max(abs(attr(mg, "weights") - w) / w))
  names(psw_gap) <- strata_cols
  diag_env$psw_gap <- psw_gap
  diag_env$rake_gap <- data.frame()
  function(v, lev, y, dd, in_s, p, se, degenerate) {
    if (degenerate) return(invisible())
    W <- sum(w[in_s])
    y <- as.numeric(y)
    x <- ifelse(in_s, w * (y - p) / W, 0)
    e_exact <- qr.resid(qrX, x / w) * w
    v_exact <- n / (n - 1) * sum((e_exact - mean(e_exact))^2)
    # survey's 10 back-fitting sweeps, but with the final weights as psw
    e_bf <- x
    for (it in 1:10) for (s in strata_cols) e_bf <- e_bf - w * ave(e_bf / w, data[[s]])
    v_bf <- n / (n - 1) * sum((e_bf - mean(e_bf))^2)
    diag_env$rake_gap <- rbind(diag_env$rake_gap, data.frame(
      variable = v, level = lev, domain = paste(dd, collapse = "="),
      se_survey = se, se_exact = sqrt(v_exact), se_backfit_final_w = sqrt(v_bf),
      rel_exact = abs(se - sqrt(v_exact)) / sqrt(v_exact),
      rel_bf_final = abs(se - sqrt(v_bf)) / sqrt(v_bf),
      rel_bf_vs_exact = abs(sqrt(v_bf) - sqrt(v_exact)) / sqrt(v_exact),
      stringsAsFactors = FALSE))
  }
}

# ---------------------------------------------------------------- case rake2

make_rake2_data <- function() {
  sectors <- c("01", "02", "03", "04")
  sizes <- c("2-19", "20-99", "100+")
  N <- matrix(c(1200, 300, 60,
                 800, 250, 90,
                2000, 400, 45,
                 500, 150, 70), nrow = 4, byrow = TRUE, dimnames = list(sectors, sizes))
  n <- matrix(c(30, 25, 20,
                22, 28, 30,
                35, 30, 18,
                20, 22, 20), nrow = 4, byrow = TRUE, dimnames = list(sectors, sizes))
  frame <- expand.grid(size = sizes, sector = sectors, stringsAsFactors = FALSE)[, c("sector", "size")]
  frame$N <- N[cbind(frame$sector, frame$size)]
  cell_sector <- rep(frame$sector, n[cbind(frame$sector, frame$size)])
  cell_size <- rep(frame$size, n[cbind(frame$sector, frame$size)])
  nr <- length(cell_sector)
  draw <- function(levels, prob) sample(levels, 1, prob = prob)
  region_p <- list("01" = c(.5, .3, .2), "02" = c(.2, .5, .3),
                   "03" = c(.3, .3, .4), "04" = c(.6, .2, .2))
  q1_p <- list("2-19" = c(.3, .5, .2), "20-99" = c(.45, .4, .15), "100+" = c(.6, .3, .1))
  q2_lev <- c("zeer_oneens", "oneens", "neutraal", "eens", "zeer_eens")
  q2_p <- list("01" = c(.1, .2, .3, .3, .1), "02" = c(.05, .15, .3, .35, .15),
               "03" = c(.2, .25, .25, .2, .1), "04" = c(.1, .1, .2, .4, .2))
  q4_p <- list("2-19" = c(.8, .2, 0), "20-99" = c(.6, .3, .1), "100+" = c(.3, .4, .3))
  d <- data.frame(id = sprintf("R%04d", seq_len(nr)), sector = cell_sector,
                  size = cell_size, stringsAsFactors = FALSE)
  d$region <- vapply(d$sector, function(s) draw(c("Noord", "Midden", "Zuid"), region_p[[s]]), "")
  d$q1 <- vapply(d$size, function(s) draw(c("ja", "nee", "weet_niet"), q1_p[[s]]), "")
  d$q2 <- vapply(d$sector, function(s) draw(q2_lev, q2_p[[s]]), "")
  d$q2[runif(nr) < 0.10] <- NA                                   # item nonresponse
  d$q3 <- ifelse(d$q1 == "ja",                                   # routed
                 vapply(d$size, function(s) draw(c("intern", "extern", "beide"),
                                                  c(.5, .3, .2)), ""), NA)
  d$q4 <- vapply(d$size, function(s) draw(c("geen", "EU", "wereld"), q4_p[[s]]), "")
  # q5 is only asked in sector 04: other sectors get no rows at all
  d$q5 <- ifelse(d$sector == "04", vapply(d$size, function(s) draw(c("ja", "nee"), c(.4, .6)), ""), NA)
  # shuffle the rows so that the file is not sorted by stratum
  d <- d[sample(nr), ]
  rownames(d) <- NULL
  list(data = d, frame = frame)
}

# ---------------------------------------------------------------- case lonely

make_lonely_data <- function() {
  frame <- data.frame(
    stratum = c("A", "B", "C", "D", "E", "F", "G", "H", "I"),
    N       = c(400, 250, 120,  60, 850, 1200, 15,  80,  1),
    n       = c( 40,  25,  30,  12,   1,    1, 15,  20,  1),
    stringsAsFactors = FALSE)
  d <- data.frame(stratum = rep(frame$stratum, frame$n), stringsAsFactors = FALSE)
  nr <- nrow(d)
  d$id <- sprintf("L%03d", seq_len(nr))
  d$type <- sample(c("publiek", "privaat"), nr, replace = TRUE, prob = c(.4, .6))
  d$v1 <- sample(c("ja", "nee"), nr, replace = TRUE, prob = c(.35, .65))
  d$v1[runif(nr) < 0.12] <- NA                                   # item nonresponse
  d$v2 <- sample(c("laag", "midden", "hoog"), nr, replace = TRUE, prob = c(.3, .45, .25))
  # the lonely units, set by hand
  d$type[d$stratum == "E"] <- "publiek"; d$v1[d$stratum == "E"] <- "ja"
  d$type[d$stratum == "F"] <- "privaat"; d$v1[d$stratum == "F"] <- NA   # lonely unit with nonresponse
  d$v2[d$stratum == "F"] <- "hoog"
  d$type[d$stratum == "I"] <- "publiek"; d$v1[d$stratum == "I"] <- "nee"
  d <- d[sample(nr), c("id", "stratum", "type", "v1", "v2")]
  rownames(d) <- NULL
  list(data = d, frame = frame[, c("stratum", "N")])
}

# ---------------------------------------------------------------- main

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20240916)

# -- rake2
cat("case rake2\n")
r2 <- make_rake2_data()
dir_r2 <- file.path(OUT_ROOT, "rake2")
dir.create(dir_r2, recursive = TRUE, showWarnings = FALSE)
write_text_csv(r2$data, file.path(dir_r2, "rake2.csv"))
write_mixed_csv(r2$frame, file.path(dir_r2, "rake2_frame.csv"))
vars_r2 <- c("q1", "q2", "q3", "q4", "q5")
doms_r2 <- c("sector", "size", "region")
strata_r2 <- c("sector", "size")
options(survey.lonely.psu = "adjust")

des <- make_stratified(r2$data, r2$frame, strata_r2)
write_weights(r2$data$id, weights(des), file.path(dir_r2, "stratified_weights.csv"))
write_mixed_csv(estimate_cells(des, r2$data, vars_r2, doms_r2, "stratified", "rake2"),
                file.path(dir_r2, "stratified.csv"))

des <- make_poststratify(r2$data, r2$frame, strata_r2)
write_weights(r2$data$id, weights(des), file.path(dir_r2, "poststratify_weights.csv"))
write_mixed_csv(estimate_cells(des, r2$data, vars_r2, doms_r2, "poststratify", "rake2"),
                file.path(dir_r2, "poststratify.csv"))

des <- make_rake(r2$data, r2$frame, strata_r2)
write_weights(r2$data$id, weights(des), file.path(dir_r2, "rake_weights.csv"))
checker <- exact_rake_checker(des, r2$data, strata_r2)
write_mixed_csv(estimate_cells(des, r2$data, vars_r2, doms_r2, "rake", "rake2",
                               exact_rake = checker),
                file.path(dir_r2, "rake.csv"))

# -- lonely
cat("case lonely\n")
lo <- make_lonely_data()
dir_lo <- file.path(OUT_ROOT, "lonely")
dir.create(dir_lo, recursive = TRUE, showWarnings = FALSE)
write_text_csv(lo$data, file.path(dir_lo, "lonely.csv"))
write_mixed_csv(lo$frame, file.path(dir_lo, "lonely_frame.csv"))
des <- make_stratified(lo$data, lo$frame, "stratum")
write_weights(lo$data$id, weights(des), file.path(dir_lo, "stratified_weights.csv"))
for (opt in c("adjust", "remove")) {
  options(survey.lonely.psu = opt)
  write_mixed_csv(estimate_cells(des, lo$data, c("v1", "v2"), "type",
                                 "stratified", paste0("lonely_", opt)),
                  file.path(dir_lo, paste0("stratified_", opt, ".csv")))
}
options(survey.lonely.psu = "adjust")

# ---------------------------------------------------------------- diagnostics

cat("\nsurvey", as.character(packageVersion("survey")), "on", R.version.string, "\n")
cat("\nraking: max relative gap between survey's psw and the final weights, per margin\n")
print(diag_env$psw_gap)
rg <- diag_env$rake_gap
cat("\nraking SE, non-degenerate cells:", nrow(rg), "\n")
cat(sprintf("  max rel |survey - exact projection|            %.3g\n", max(rg$rel_exact)))
cat(sprintf("  max rel |survey - backfit(10) w/ final weights| %.3g\n", max(rg$rel_bf_final)))
cat(sprintf("  max rel |backfit(10) final w - exact|           %.3g\n", max(rg$rel_bf_vs_exact)))
lg <- diag_env$logit_gap
cat("\nlogit CI: max |svyciprop - closed form| per case/method\n")
print(aggregate(gap ~ case + method, data = lg, FUN = max))
bad <- lg[!is.finite(lg$gap) | lg$gap > 1e-7, ]
cat("cells where svyciprop was replaced by the closed form:", nrow(bad), "\n")
if (nrow(bad)) print(bad)
cat("svyciprop fits with glm's 'observations with zero weight' note (calibrated subsets):",
    diag_env$zero_weight_notes, "\n")
cat("other svyciprop warnings or errors:", length(diag_env$logit_warnings), "\n")
if (length(diag_env$logit_warnings)) writeLines(unique(diag_env$logit_warnings))
