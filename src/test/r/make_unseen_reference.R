# Test-oracle reference for a data set that no engine code was written against ("unseen"):
# 3,000 respondents, two strata columns (sector x size, 12 strata) with two lonely strata
# (1 respondent) and a certainty stratum (n_h = N_h), three categorical variables with a
# missing value or two (one written as the text NA), a level seen 3 times in all and never in
# one domain value, and a domain variable with a missing value. All three methods; the
# stratified design under both lonely-stratum rules. Same conventions as make_references.R
# (see src/test/resources/reference/README.md).
#
# Run from the repository root:   Rscript src/test/r/make_unseen_reference.R

suppressPackageStartupMessages(library(survey))
LEVEL <- 0.95
source(file.path("src", "test", "r", "survey_cells.R"))
OUT <- file.path("src", "test", "resources", "reference", "unseen")
dir.create(OUT, recursive = TRUE, showWarnings = FALSE)

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(777123)
sectors <- c("A", "B", "C", "D"); sizes <- c("1-9", "10-49", "50+")
frame <- expand.grid(size = sizes, sector = sectors, stringsAsFactors = FALSE)[, c("sector", "size")]
n <- c(700, 300, 1,   600, 250, 40,   500, 200, 80,   250, 78, 1)
frame$N <- c(52000, 9000, 30, 41000, 6000, 40, 35000, 5200, 900, 20000, 2100, 25)
d <- data.frame(sector = rep(frame$sector, n), size = rep(frame$size, n), stringsAsFactors = FALSE)
nr <- nrow(d)
d$resp_id <- sprintf("U%05d", sample(nr) + 10000)
pr <- function(levels, p) sample(levels, 1, prob = p)
d$regio <- vapply(d$sector, function(s) pr(c("Noord", "Midden", "Zuid"),
   switch(s, A = c(.5, .3, .2), B = c(.2, .5, .3), C = c(.3, .3, .4), D = c(.6, .3, .1))), "")
d$q1 <- vapply(d$size, function(s) pr(c("ja", "nee", "weet_niet"),
   switch(s, "1-9" = c(.3, .55, .15), "10-49" = c(.45, .45, .1), "50+" = c(.65, .3, .05))), "")
d$q2 <- vapply(d$sector, function(s) pr(c("1_zeer_oneens", "2_oneens", "3_neutraal", "4_eens", "5_zeer_eens"),
   switch(s, A = c(.1, .2, .3, .3, .1), B = c(.05, .15, .3, .35, .15), C = c(.2, .25, .25, .2, .1),
          D = c(.1, .1, .2, .4, .2))), "")
d$q3 <- vapply(d$regio, function(r) pr(c("intern", "extern", "beide", "geen"),
   switch(r, Noord = c(.5, .3, .199, .001), Midden = c(.4, .4, .197, .003), Zuid = c(.3, .5, .2, 0))), "")
d$q1[c(17, 2500)] <- NA
d$q2[1234] <- NA
d$q3[c(5, 2999)] <- NA
d$regio[42] <- NA
lon <- which(d$size == "50+" & d$sector %in% c("A", "D"))
d$q1[lon[1]] <- "ja"; d$q2[lon[2]] <- NA                       # a lonely unit with item nonresponse
d <- d[sample(nr), c("resp_id", "sector", "size", "regio", "q1", "q2", "q3")]
rownames(d) <- NULL
responses <- file.path(OUT, "unseen.csv")
write_text_csv(d, responses)
lines <- readLines(responses)
k <- which(endsWith(lines, ","))[1]                             # the first missing q3 (last column) ...
lines[k] <- paste0(lines[k], "NA")                               # ... written as the text NA
writeLines(lines, responses, useBytes = TRUE)
write_mixed_csv(frame, file.path(OUT, "unseen_frame.csv"))

# the references are computed from the files as written, read back
d <- read.csv(responses, colClasses = "character", na.strings = c("", "NA"))
d$stratum_ <- paste(d$sector, d$size, sep = "|")
frame$stratum_ <- paste(frame$sector, frame$size, sep = "|")
d$N_ <- frame$N[match(d$stratum_, frame$stratum_)]
vars <- c("q1", "q2", "q3"); doms <- c("regio", "size")

des <- svydesign(ids = ~1, strata = ~stratum_, fpc = ~N_, data = d)
write_weights(d$resp_id, weights(des), file.path(OUT, "stratified_weights.csv"))
for (opt in c("adjust", "remove")) {
  options(survey.lonely.psu = opt)
  write_mixed_csv(estimate_cells(des, d, vars, doms, "stratified", paste0("unseen_", opt)),
                  file.path(OUT, paste0("stratified_", opt, ".csv")))
}
options(survey.lonely.psu = "adjust")

pop <- data.frame(stratum_ = frame$stratum_, Freq = frame$N)
des <- postStratify(svydesign(ids = ~1, weights = rep(1, nr), data = d), ~stratum_, pop)
write_weights(d$resp_id, weights(des), file.path(OUT, "poststratify_weights.csv"))
write_mixed_csv(estimate_cells(des, d, vars, doms, "poststratify", "unseen"), file.path(OUT, "poststratify.csv"))

pops <- lapply(c("sector", "size"), function(s) {
  a <- tapply(frame$N, frame[[s]], sum)
  o <- data.frame(names(a), as.vector(a), stringsAsFactors = FALSE); names(o) <- c(s, "Freq"); o })
des <- rake(svydesign(ids = ~1, weights = rep(1, nr), data = d), list(~sector, ~size), pops,
            control = list(maxit = 1000, epsilon = 1e-15))
write_weights(d$resp_id, weights(des), file.path(OUT, "rake_weights.csv"))
write_mixed_csv(estimate_cells(des, d, vars, doms, "rake", "unseen"), file.path(OUT, "rake.csv"))

cat("survey", as.character(packageVersion("survey")), "on", R.version.string, "\n")
lg <- diag_env$logit_gap
cat("logit CI: max |svyciprop - closed form|:", max(lg$gap), "\n")
cat("other svyciprop warnings or errors:", length(diag_env$logit_warnings), "\n")
