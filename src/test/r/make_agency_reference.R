# Test-oracle reference for the second agency's wave (src/test/resources/reference/agency/):
# reads the raw exports as the agency describes them in that folder's README -- its own
# reading of codes, labels, "no answer", option cells, routing, repeated establishments and
# strata; it does not read agency.yml and shares nothing with the Java program -- checks that
# the records it finds bad are exactly the planted ones listed in the README, weighs the rest
# with survey (stratified, fpc, lonely PSUs adjusted) and writes every published cell.
#
# Run from the repository root:   Rscript src/test/r/make_agency_reference.R
# Writes stratified.csv and stratified_weights.csv beside the exports; deterministic.

suppressPackageStartupMessages({
  library(survey)
  library(readxl)
})

DIR <- file.path("src", "test", "resources", "reference", "agency")
LEVEL <- 0.95
source(file.path("src", "test", "r", "survey_cells.R"))
options(survey.lonely.psu = "adjust")

CATI_FILE <- "telefonisch.csv"
CAWI_FILE <- "online.xlsx"
CAWI_SHEET <- "Export"

# ---------------------------------------------------------------- the questionnaire

# Texts are compared as the agency's labels are meant: without case and surrounding or
# repeated spaces.
norm <- function(x) tolower(gsub("[[:space:]]+", " ", trimws(x)))

yes_no <- list(codes = c("1" = "ja", "2" = "nee", "8" = "weet_niet"),
               labels = c("ja" = "ja", "nee" = "nee", "weet niet" = "weet_niet",
                          "weet ik niet" = "weet_niet"))
singles <- list(
  vacatures_open = c(yes_no, cati = "V1_VACATURES",
                     cawi = "1. Heeft uw vestiging op dit moment openstaande vacatures?"),
  moeilijk_vervulbaar = c(yes_no, cati = "V2_MOEILIJK",
                          cawi = "2. Zijn er vacatures die moeilijk te vervullen zijn?"),
  tekort_verwachting = list(
    cati = "V4_TEKORT", cawi = "4. Hoe ontwikkelt het personeelstekort zich de komende twee jaar?",
    codes = c("1" = "sterk_toenemen", "2" = "toenemen", "3" = "gelijk", "4" = "afnemen",
              "5" = "sterk_afnemen", "8" = "weet_niet"),
    labels = c("sterk toenemen" = "sterk_toenemen", "toenemen" = "toenemen",
               "gelijk blijven" = "gelijk", "afnemen" = "afnemen", "sterk afnemen" = "sterk_afnemen",
               "weet niet" = "weet_niet", "weet ik niet" = "weet_niet"),
    no_answer = c("7", "niet van toepassing")),
  werving_moeilijker = list(
    cati = "V5_WERVING", cawi = "5. Is werven moeilijker dan een jaar geleden?",
    codes = c("1" = "veel_moeilijker", "2" = "moeilijker", "3" = "even_moeilijk", "4" = "makkelijker",
              "8" = "weet_niet"),
    labels = c("veel moeilijker" = "veel_moeilijker", "moeilijker" = "moeilijker",
               "even moeilijk" = "even_moeilijk", "makkelijker" = "makkelijker",
               "weet niet" = "weet_niet", "weet ik niet" = "weet_niet")),
  thuiswerk = list(
    cati = "V7_THUISWERK", cawi = "7. Kunnen medewerkers thuiswerken?",
    codes = c("1" = "ja_allen", "2" = "ja_deel", "3" = "nee"),
    labels = c("ja, alle medewerkers" = "ja_allen", "ja, een deel van de medewerkers" = "ja_deel",
               "ja, een deel" = "ja_deel", "nee" = "nee")),
  opleidingsbudget = c(yes_no, cati = "V8_OPLBUDGET",
                       cawi = "8. Heeft uw vestiging een opleidingsbudget?"))
derived <- list(tekort_verwachting = list(toename = c("sterk_toenemen", "toenemen")))
multiples <- list(
  maatregelen = list(cati = "V3_MAATR", cawi = "3. Welke maatregelen neemt u?",
                     options = c(hogere_lonen = "Hogere lonen", buitenland = "Werven in het buitenland",
                                 zij_instroom = "Zij-instromers opleiden", automatisering = "Automatiseren",
                                 werktijden = "Flexibele werktijden", anders = "Anders")),
  kanalen = list(cati = "V6_KANAAL", cawi = "6. Via welke kanalen werft u?",
                 options = c(website = "Eigen website", vacaturesites = "Vacaturesites",
                             social_media = "Sociale media", uwv = "UWV / werk.nl",
                             uitzendbureau = "Uitzendbureau", netwerk = "Eigen netwerk")))
# Routed questions and the filter answer that routes in.
routing <- list(moeilijk_vervulbaar = c("vacatures_open", "ja"), maatregelen = c("vacatures_open", "ja"))
ORDER <- c("vacatures_open", "moeilijk_vervulbaar", "maatregelen", "tekort_verwachting",
           "werving_moeilijker", "kanalen", "thuiswerk", "opleidingsbudget")

CATI_NO_ANSWER <- c("9", "-1", "99")
CAWI_NO_ANSWER <- c("geen antwoord")

# ---------------------------------------------------------------- reading the exports

read_cati <- function(path) {
  con <- file(path, encoding = "windows-1252")
  d <- read.delim(con, sep = "\t", quote = "\"", colClasses = "character", na.strings = character(0),
                  check.names = FALSE, comment.char = "", strip.white = FALSE)
  # a record starts on the line after the previous one ended; remarks may span lines
  breaks <- rowSums(sapply(d, function(col) lengths(regmatches(col, gregexpr("\n", col)))))
  line <- 2 + c(0, cumsum(1 + breaks)[-nrow(d)])
  list(data = d, line = line, source = CATI_FILE)
}

# A cell of the workbook as text: a number cell as its digits (whole numbers without a
# fraction), a text cell as it is, an empty cell NA.
cell_text <- function(cell) {
  if (is.null(cell) || length(cell) == 0 || (length(cell) == 1 && is.na(cell))) return(NA_character_)
  if (is.numeric(cell)) return(if (cell == round(cell)) sprintf("%.0f", cell) else as.character(cell))
  as.character(cell)
}

read_cawi <- function(path) {
  raw <- read_excel(path, sheet = CAWI_SHEET, col_types = "list", na = character(),
                    .name_repair = "minimal")
  d <- as.data.frame(lapply(raw, function(col) vapply(col, cell_text, "")), check.names = FALSE,
                     stringsAsFactors = FALSE)
  names(d) <- names(raw)
  list(data = d, line = seq_len(nrow(d)) + 1, source = paste(CAWI_FILE, "sheet", CAWI_SHEET))
}

# ---------------------------------------------------------------- harmonising

is_empty <- function(x) is.na(x) | trimws(x) == "" | trimws(x) == "NA"

# Every problem found: one row per record and field.
problems <- data.frame(source = character(), line = numeric(), field = character(),
                       stringsAsFactors = FALSE)
add_problem <- function(export, rows, field) {
  if (any(rows))
    problems <<- rbind(problems, data.frame(source = export$source, line = export$line[rows],
                                            field = field, stringsAsFactors = FALSE))
}

# A single-choice answer: its level code, NA for no answer; a problem for anything else.
single_answer <- function(export, q, name, cati) {
  cell <- trimws(export$data[[if (cati) q$cati else q$cawi]])
  no_answer <- c(if (cati) CATI_NO_ANSWER else CAWI_NO_ANSWER, q$no_answer)
  key <- if (cati) cell else norm(cell)
  code <- if (cati) unname(q$codes[key]) else unname(q$labels[key])
  missing <- is_empty(cell) | norm(cell) %in% norm(no_answer)
  bad <- is.na(code) & !missing
  add_problem(export, bad, name)
  list(value = ifelse(missing | bad, NA_character_, code), bad = bad)
}

# A multiple-response option: 1 ticked, 0 not ticked, NA no answer; a problem for anything else.
option_ticks <- function(export, m, name, k, cati) {
  if (cati) {
    cell <- trimws(export$data[[paste0(m$cati, "_", k)]])
    tick <- ifelse(cell == "1", 1, ifelse(cell == "2", 0, NA))
    missing <- is_empty(cell) | cell %in% CATI_NO_ANSWER
  } else {
    label <- m$options[[k]]
    cell <- export$data[[paste0(m$cawi, " [", label, "]")]]
    # online: the option's label when ticked, empty when not (for someone who was asked)
    tick <- ifelse(is_empty(cell), 0, ifelse(norm(cell) == norm(label), 1, NA))
    missing <- norm(cell) %in% CAWI_NO_ANSWER
    tick[missing] <- NA
  }
  bad <- is.na(tick) & !missing
  add_problem(export, bad, paste0(name, ".", names(m$options)[k]))
  tick[bad] <- NA
  tick
}

harmonise <- function(export, cati) {
  d <- export$data
  out <- data.frame(id = trimws(d[[if (cati) "VESTIGING_NR" else "Vestiging ID"]]),
                    sbi = trimws(d[[if (cati) "SBI_HOOFDACTIVITEIT" else "SBI (hoofdactiviteit)"]]),
                    employees = trimws(d[[if (cati) "WP_TOTAAL" else "Werkzame personen"]]),
                    source = export$source, line = export$line, stringsAsFactors = FALSE)
  out$id[is_empty(out$id)] <- NA
  add_problem(export, is.na(out$id), "id")
  bad_filter <- list()
  for (name in names(singles)) {
    a <- single_answer(export, singles[[name]], name, cati)
    out[[name]] <- a$value
    bad_filter[[name]] <- a$bad
  }
  for (name in names(multiples)) {
    m <- multiples[[name]]
    ticks <- sapply(seq_along(m$options), function(k) option_ticks(export, m, name, k, cati))
    colnames(ticks) <- names(m$options)
    filter <- routing[[name]]
    asked <- if (is.null(filter)) rep(TRUE, nrow(d)) else
      !is.na(out[[filter[1]]]) & out[[filter[1]]] == filter[2]
    # a respondent who was not asked has ticked nothing: a tick is an answer, "not mentioned" is not
    if (!is.null(filter)) {
      ticked_unasked <- !asked & !bad_filter[[filter[1]]] & rowSums(ticks == 1, na.rm = TRUE) > 0
      first <- apply(ticks == 1, 1, function(r) which(r %in% TRUE)[1])
      for (k in seq_along(m$options))
        add_problem(export, ticked_unasked & first %in% k, paste0(name, ".", names(m$options)[k]))
    }
    ticks[!asked, ] <- NA
    # someone asked who answered some options did not tick the others
    answered_some <- rowSums(!is.na(ticks)) > 0
    ticks[answered_some & is.na(ticks)] <- 0
    for (k in seq_along(m$options)) out[[paste0(name, ".", names(m$options)[k])]] <- ticks[, k]
  }
  for (name in names(routing)) {
    if (is.null(singles[[name]])) next
    filter <- routing[[name]]
    asked <- !is.na(out[[filter[1]]]) & out[[filter[1]]] == filter[2]
    add_problem(export, !asked & !bad_filter[[filter[1]]] & !is.na(out[[name]]), name)
    out[[name]][!asked] <- NA
  }
  out
}

# ---------------------------------------------------------------- strata

# SBI 2008 division -> sector cluster of the employer survey (16 clusters); 87 and 88 split
# between health care (14) and social work (15) by group; 78, T and U out of scope.
division_cluster <- function(div) {
  ranges <- rbind(c(1, 3, 1), c(5, 33, 2), c(35, 39, 2), c(41, 43, 3), c(46, 46, 4), c(45, 45, 5),
                  c(47, 47, 5), c(49, 53, 6), c(55, 56, 7), c(58, 63, 8), c(64, 66, 9), c(68, 68, 10),
                  c(77, 77, 10), c(79, 82, 10), c(69, 75, 11), c(84, 84, 12), c(85, 85, 13),
                  c(86, 86, 14), c(90, 96, 16))
  out <- rep(NA_integer_, length(div))
  for (r in seq_len(nrow(ranges))) out[div >= ranges[r, 1] & div <= ranges[r, 2]] <- ranges[r, 3]
  out
}

sector_of <- function(sbi) {
  code <- gsub("[. ]", "", sbi)
  ok <- !is.na(code) & grepl("^[0-9]{4,5}$", code)
  div <- suppressWarnings(as.integer(substr(code, 1, 2)))
  group <- substr(code, 1, 3)
  cluster <- ifelse(ok, division_cluster(div), NA)
  cluster[ok & group %in% c("871", "872", "873")] <- 14
  cluster[ok & group %in% c("879", "889")] <- 15
  cluster[ok & code %in% c("88101", "88103")] <- 14   # 881 is split by subclass
  cluster[ok & code == "88102"] <- 15
  cluster[ok & div %in% c(78, 97, 98, 99)] <- NA
  ifelse(is.na(cluster), NA, sprintf("%02d", cluster))
}

size_of <- function(employees) {
  n <- ifelse(grepl("^[0-9]+$", employees), suppressWarnings(as.numeric(employees)), NA)
  ifelse(is.na(n) | n < 2, NA, ifelse(n <= 9, "2-9", ifelse(n <= 49, "10-49", "50+")))
}

# ---------------------------------------------------------------- main

cati <- read_cati(file.path(DIR, "levering", CATI_FILE))
cawi <- read_cawi(file.path(DIR, "levering", CAWI_FILE))
records <- rbind(harmonise(cati, TRUE), harmonise(cawi, FALSE))
records$sector <- sector_of(records$sbi)
records$grootte <- size_of(records$employees)
bad_sbi <- is.na(records$sector)
bad_size <- is.na(records$grootte)
problems <- rbind(problems,
                  data.frame(source = records$source[bad_sbi], line = records$line[bad_sbi],
                             field = rep("sbi", sum(bad_sbi)), stringsAsFactors = FALSE),
                  data.frame(source = records$source[bad_size], line = records$line[bad_size],
                             field = rep("employees", sum(bad_size)), stringsAsFactors = FALSE))
# an establishment's first record counts (telephone before online, in file order)
repeated <- !is.na(records$id) & duplicated(records$id)
problems <- rbind(problems, data.frame(source = records$source[repeated], line = records$line[repeated],
                                       field = rep("id", sum(repeated)), stringsAsFactors = FALSE))

# The planted bad records, as the README lists them: this reading must find exactly those.
readme <- readLines(file.path(DIR, "README.md"), encoding = "UTF-8")
table_rows <- readme[seq(grep("<!-- planted:begin -->", readme) + 3, grep("<!-- planted:end -->", readme) - 1)]
cells <- lapply(strsplit(table_rows, " \\| "), function(x) gsub("`", "", trimws(gsub("^\\| |\\|$", "", x))))
planted <- data.frame(source = vapply(cells, `[`, "", 1), line = as.numeric(vapply(cells, `[`, "", 2)),
                      field = sub(" \\(.*$", "", vapply(cells, `[`, "", 4)), stringsAsFactors = FALSE)
key <- function(p) sort(paste(p$source, p$line, p$field, sep = " | "))
found <- key(problems)
listed <- key(planted)
if (!identical(found, listed)) {
  cat("found by this script but not planted:\n"); print(setdiff(found, listed))
  cat("planted but not found by this script:\n"); print(setdiff(listed, found))
  stop("the bad records this script finds are not the planted ones of the README")
}
rejected <- paste(records$source, records$line) %in% paste(problems$source, problems$line)
data <- records[!rejected, ]
rownames(data) <- NULL
cat(sprintf("records %d, rejected %d (%d problems), respondents %d\n", nrow(records), sum(rejected),
            nrow(problems), nrow(data)))

frame <- read.csv(file.path(DIR, "frame.csv"), colClasses = "character")
frame$aantal <- as.numeric(frame$aantal)
data$stratum <- paste(data$sector, "x", data$grootte)
data$N <- frame$aantal[match(data$stratum, paste(frame$sector, "x", frame$grootte))]
stopifnot(!anyNA(data$N))
design <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = data)
n_h <- table(data$stratum)
cat(sprintf("strata %d (lonely: %s; certainty: %s)\n", length(n_h), paste(names(n_h)[n_h == 1], collapse = ", "),
            paste(names(n_h)[n_h == data$N[match(names(n_h), data$stratum)]], collapse = ", ")))

targets <- list()
for (name in ORDER) {
  if (!is.null(singles[[name]])) {
    target <- categorical_target(data, name)
    for (code in names(derived[[name]]))
      target$levels[[length(target$levels) + 1]] <- list(
        level = code, y = target$answered & data[[name]] %in% derived[[name]][[code]])
  } else {
    options <- names(multiples[[name]]$options)
    ticks <- as.matrix(data[paste0(name, ".", options)])
    answered <- rowSums(!is.na(ticks)) > 0
    target <- list(variable = name, answered = answered, levels = lapply(seq_along(options), function(k)
      list(level = options[k], y = answered & ticks[, k] %in% 1)))
  }
  targets[[length(targets) + 1]] <- target
}

cells <- estimate_cells(design, data, domains = c("grootte", "sector", "vacatures_open"),
                        method = "stratified", case_name = "agency", targets = targets)
write_mixed_csv(cells, file.path(DIR, "stratified.csv"))
write_weights(data$id, weights(design), file.path(DIR, "stratified_weights.csv"))
cat(sprintf("cells %d\n", nrow(cells)))

cat("\nsurvey", as.character(packageVersion("survey")), "on", R.version.string, "\n")
lg <- diag_env$logit_gap
cat(sprintf("logit CI: max |svyciprop - closed form| %.3g over %d cells\n", max(lg$gap), nrow(lg)))
cat("cells where svyciprop was replaced by the closed form:", sum(!is.finite(lg$gap) | lg$gap > 1e-7), "\n")
cat("other svyciprop warnings or errors:", length(diag_env$logit_warnings), "\n")
if (length(diag_env$logit_warnings)) writeLines(unique(diag_env$logit_warnings))
