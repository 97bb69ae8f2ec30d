//! A text read before it is judged: its quotations and its code set apart from its prose,
//! so that a rule about the writer's own words does not judge a customer's or a program's.

/// Quotation marks in common use, opening and closing: English, German (both styles),
/// French and Russian guillemets, Japanese and Chinese corner brackets, plain ASCII.
const QUOTE_PAIRS: [(char, &[char]); 7] =
    [('“', &['”']), ('„', &['“', '”']), ('«', &['»']), ('»', &['«']), ('「', &['」']), ('『', &['』']), ('"', &['"'])];

/// File endings that make a word a file name (`report.pdf` is prose, `build.rs` is code).
const CODE_ENDINGS: [&str; 24] = [
    "rs", "py", "js", "ts", "json", "yaml", "yml", "toml", "sh", "go", "java", "kt", "rb", "cs", "cpp", "h", "xml",
    "sql", "jsii", "lock", "ini", "cfg", "env", "md",
];

/// A text with its quotations and code taken out of the prose.
#[derive(Debug, Default)]
pub struct Reading {
    /// The writer's own words: each quotation replaced by a space, each piece of code by
    /// the word "code" (so sentence lengths stay true).
    pub prose: String,
    pub quotes: Vec<String>,
    pub code: Vec<String>,
}

impl Reading {
    pub fn of(text: &str) -> Self {
        let mut reading = Reading::default();
        let unquoted = reading.take_block_quotes(text);
        let unquoted = reading.take_inline_quotes(&unquoted);
        reading.prose = reading.take_code(&unquoted);
        reading
    }

    /// Lines starting with `>`, and a paragraph followed by a line "— Name", are quotations.
    fn take_block_quotes(&mut self, text: &str) -> String {
        let mut kept: Vec<&str> = Vec::new();
        let mut paragraph_start = 0;
        for line in text.lines() {
            let trimmed = line.trim_start();
            if let Some(quoted) = trimmed.strip_prefix('>') {
                self.quotes.push(quoted.trim().to_owned());
                kept.push("");
                continue;
            }
            let is_attribution = ["— ", "– ", "-- ", "―"].iter().any(|dash| trimmed.starts_with(dash));
            if is_attribution && kept.len() > paragraph_start {
                let quoted: Vec<&str> = kept.drain(paragraph_start..).collect();
                self.quotes.push(quoted.join("\n"));
                kept.extend(quoted.iter().map(|_| ""));
            }
            kept.push(line);
            if trimmed.is_empty() {
                paragraph_start = kept.len();
            }
        }
        kept.join("\n")
    }

    fn take_inline_quotes(&mut self, text: &str) -> String {
        let mut prose = String::with_capacity(text.len());
        let mut rest = text;
        while let Some((at, open, closers)) = next_opening(rest) {
            prose.push_str(&rest[..at]);
            let inside = &rest[at + open.len_utf8()..];
            match inside.find(closers) {
                Some(end) => {
                    self.quotes.push(inside[..end].to_owned());
                    prose.push(' ');
                    let closer = inside[end..].chars().next().map_or(1, char::len_utf8);
                    rest = &inside[end + closer..];
                }
                None => {
                    prose.push(open);
                    rest = inside;
                }
            }
        }
        prose.push_str(rest);
        prose
    }

    fn take_code(&mut self, text: &str) -> String {
        let mut prose = String::with_capacity(text.len());
        let backticks = text.matches('`').count();
        for (index, piece) in text.split('`').enumerate() {
            // Odd pieces lie between backticks: code, when the backtick closes.
            if index % 2 == 1 && backticks > index {
                self.code.push(piece.to_owned());
                prose.push_str("code");
                continue;
            }
            let mut first = true;
            for word in piece.split(' ') {
                if !first {
                    prose.push(' ');
                }
                first = false;
                if is_code_word(word) {
                    self.code.push(word.trim_end_matches([',', ';', ':', ')', '.']).to_owned());
                    prose.push_str("code");
                } else {
                    prose.push_str(word);
                }
            }
        }
        prose
    }
}

fn next_opening(text: &str) -> Option<(usize, char, &'static [char])> {
    text.char_indices().find_map(|(at, c)| {
        QUOTE_PAIRS.iter().find(|(open, _)| *open == c).map(|(open, closers)| (at, *open, *closers))
    })
}

/// A command-line flag (`--dry-run`, `-v`), a path (`./run`, `~/x`, `src/main.rs`), a file
/// name with a programmer's ending (`.jsii`, `build.rs`) or an identifier (`max_retries`,
/// `Vec::new()`).
pub fn is_code_word(word: &str) -> bool {
    let word = word.trim().trim_start_matches('(');
    let word = word.trim_end_matches([',', ';', ':', ')', '.', '!', '?']);
    if word.len() < 2 || word.contains("://") || word.starts_with("www.") {
        return false;
    }
    let starts_alpha = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    if let Some(flag) = word.strip_prefix("--") {
        return starts_alpha(flag);
    }
    if let Some(flag) = word.strip_prefix('-') {
        return flag.len() == 1 && starts_alpha(flag);
    }
    if word.starts_with("./") || word.starts_with("~/") || word.starts_with("../") {
        return true;
    }
    if word.contains("::") || word.ends_with("()") || (word.contains('_') && word.is_ascii()) {
        return true;
    }
    if let Some((stem, ending)) = word.rsplit_once('.')
        && CODE_ENDINGS.contains(&ending)
        && stem.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '.'))
    {
        return true;
    }
    word.starts_with('/') && word[1..].contains('/') && word.is_ascii()
}

/// Abbreviations after which a full stop does not end a sentence, lower case without their
/// last stop.
const ABBREVIATIONS: [&str; 36] = [
    "e.g", "i.e", "etc", "vs", "nr", "no", "z.b", "u.a", "d.h", "bzw", "usw", "ca", "inkl", "ggf", "bspw", "dr", "mr",
    "mrs", "ms", "prof", "st", "inc", "ltd", "corp", "approx", "fig", "p", "pp", "т.е", "т.д", "т.п", "г", "см", "др",
    "p.ex", "cf",
];

/// The sentences of a text. A sentence ends at `.`, `!`, `?`, `。`, `！`, `？` or a line
/// break, but not at a stop inside a word or number (`v1.2.3`, `.jsii`, `3.5`) nor after an
/// abbreviation (`e.g.`, `Nr.`, `z.B.`) or an initial (`J. Smith`).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        let ends = match c {
            '\n' | '。' | '！' | '？' => true,
            '!' | '?' => next.is_none_or(char::is_whitespace),
            '.' => next.is_none_or(char::is_whitespace) && !ends_in_abbreviation(&text[start..at]),
            _ => false,
        };
        if ends {
            let end = at + c.len_utf8();
            push_sentence(&mut found, &text[start..end]);
            start = end;
        }
    }
    push_sentence(&mut found, &text[start..]);
    found
}

fn push_sentence<'a>(found: &mut Vec<&'a str>, sentence: &'a str) {
    let sentence = sentence.trim();
    if sentence.chars().any(char::is_alphanumeric) {
        found.push(sentence);
    }
}

fn ends_in_abbreviation(before: &str) -> bool {
    let last = before.rsplit(char::is_whitespace).next().unwrap_or_default();
    let last = last.trim_start_matches(['(', '[', '“', '"', '«']);
    let is_initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    is_initial || ABBREVIATIONS.contains(&last.to_lowercase().as_str())
}

/// Whether a text holds a figure: a digit, or a number word of its language.
pub fn has_number(text: &str) -> bool {
    let is_figure = |c: char| {
        c.is_ascii_digit()
            || (!c.is_ascii() && (c.is_numeric() || matches!(c, '十' | '百' | '千' | '万' | '億' | '亿')))
    };
    text.chars().any(is_figure)
        || text.split(|c: char| !c.is_alphanumeric()).any(|word| {
            word.len() <= 16
                && NUMBER_WORDS.iter().any(|number| {
                    word.eq_ignore_ascii_case(number) || (!word.is_ascii() && word.to_lowercase() == *number)
                })
        })
}

/// Number words that count as a figure as much as digits do.
const NUMBER_WORDS: [&str; 24] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twenty",
    "hundred",
    "thousand",
    "million",
    "half",
    "twice",
    "zwei",
    "drei",
    "zehn",
    "hälfte",
    "два",
    "три",
    "десять",
    "половина",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_but_not_inside_abbreviations_numbers_or_file_names() {
        let table: [(&str, &[&str]); 9] = [
            ("One. Two! Three?", &["One.", "Two!", "Three?"]),
            ("Tools, e.g. the CLI, i.e. ours, etc. work.", &["Tools, e.g. the CLI, i.e. ours, etc. work."]),
            ("Version 1.2.3 ships 3.5 times the .jsii files.", &["Version 1.2.3 ships 3.5 times the .jsii files."]),
            ("Siehe Nr. 4, z.B. die Liste. Fertig.", &["Siehe Nr. 4, z.B. die Liste.", "Fertig."]),
            ("Ask J. Smith today.", &["Ask J. Smith today."]),
            ("First line\nsecond line", &["First line", "second line"]),
            ("今日は晴れ。明日は雨！", &["今日は晴れ。", "明日は雨！"]),
            ("Это т.е. одно предложение. Второе.", &["Это т.е. одно предложение.", "Второе."]),
            ("   ", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(sentences(text), expected, "{text:?}");
        }
    }

    /// The importer counts sentences with the same splitter: two make a body, not a
    /// subheading.
    #[test]
    fn sentences_are_counted_by_their_ends_and_not_by_abbreviations() {
        let table = [
            ("Shelf Swap opens today. Anyone can borrow a drill", 2),
            ("Dr. Chen and J. Smith open it today.", 1),
            ("Parents see progress every week", 1),
            ("It costs £3.50 a month. Is that fair?", 2),
            ("本日開始。毎週届きます。", 2),
        ];
        for (text, count) in table {
            assert_eq!(sentences(text).len(), count, "{text:?}");
        }
    }

    #[test]
    fn quotations_in_every_common_style_are_set_apart_from_the_prose() {
        let table: [(&str, &str); 8] = [
            ("“We will come back,” said Tom.", "We will come back,"),
            ("„Wir kommen wieder“, sagt Anna.", "Wir kommen wieder"),
            ("« Nous reviendrons », dit Marie.", " Nous reviendrons "),
            ("«Мы вернёмся», — говорит Анна.", "Мы вернёмся"),
            ("田中さんは「また来ます」と話す。", "また来ます"),
            ("王女士说：『我们会再来』。", "我们会再来"),
            ("\"We will come back,\" said Tom.", "We will come back,"),
            ("> We will come back.\n> Every week.", "We will come back."),
        ];
        for (text, quote) in table {
            let reading = Reading::of(text);
            assert_eq!(reading.quotes.first().map(String::as_str), Some(quote), "{text:?}");
            assert!(!reading.prose.contains(quote.trim()), "{text:?} → {:?}", reading.prose);
        }
        let attributed = Reading::of("We will never queue again.\n— Tom Reilly, parent");
        assert_eq!(attributed.quotes, ["We will never queue again."]);
        assert!(attributed.prose.contains("Tom Reilly"));
        assert!(Reading::of("An “unclosed quote stays prose.").quotes.is_empty());
    }

    #[test]
    fn code_flags_paths_and_file_names_are_code_but_prose_is_not() {
        let table: [(&str, &[&str]); 6] = [
            ("Run `backwards lint --json` now.", &["backwards lint --json"]),
            ("Pass --dry-run or -v to see it.", &["--dry-run", "-v"]),
            ("Edit ~/config/app.toml and src/main.rs.", &["~/config/app.toml", "src/main.rs"]),
            ("It reads .jsii files and max_retries.", &[".jsii", "max_retries"]),
            ("Visit https://example.com/start or clinic.co.uk, a 2-3 day wait.", &[]),
            ("Parents - not staff - reply. A report.pdf arrives.", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(Reading::of(text).code, expected, "{text:?}");
        }
    }

    #[test]
    fn numbers_are_digits_or_number_words() {
        assert!(has_number("Two hours"));
        assert!(has_number("2 h"));
        assert!(has_number("二十分"));
        assert!(!has_number("Someone waits"));
    }
}
