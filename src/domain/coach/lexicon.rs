//! The coach's word lists, one data file per language under `words/`, and the language
//! of a text as the `whatlang` crate detects it.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The languages the coach has word lists for; any other text is read as English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    English,
    German,
    French,
    Spanish,
    Russian,
    Japanese,
    Chinese,
}

impl Lang {
    /// Whether words are not separated by spaces, so that length is counted in characters
    /// and a listed word is found anywhere in the text.
    pub fn is_cjk(self) -> bool {
        matches!(self, Lang::Japanese | Lang::Chinese)
    }

    /// The language of a text, or `fallback` when the text is too short to tell. Its
    /// script tells Russian, Japanese and Chinese; whatlang tells the Latin-script ones
    /// apart from the first 100 characters: enough to tell, and cheap on a long section.
    pub fn detect(text: &str, fallback: Lang) -> Lang {
        let sample: String = text.chars().take(100).collect();
        if let Some(lang) = by_script(&sample) {
            return lang;
        }
        // Fewer letters than a short sentence's fool the detector; the caller knows better.
        let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 20 {
            return fallback;
        }
        // A short text's guess is often wrong ("Clinic Queue texts parents when it is their
        // child's turn" reads as French); only a confident one beats the document's language.
        let sure = |info: &whatlang::Info| info.is_reliable() || (letters >= 40 && info.confidence() >= 0.5);
        let Some(info) = DETECTOR.detect(&sample).filter(sure) else { return fallback };
        from_whatlang(&info).unwrap_or_else(|| fallback_latin(fallback))
    }

    /// The language of a whole document, from a sample of all its parts; none when it
    /// cannot be told for sure (a headline alone) or the coach has no lists for it (Dutch,
    /// Italian…), so that rules written for one language are not run on another.
    pub fn of_document(sample: &str) -> Option<Lang> {
        if let Some(lang) = by_script(sample) {
            return Some(lang);
        }
        let info = DETECTOR.detect(sample).filter(whatlang::Info::is_reliable)?;
        // Told to choose among the coach's languages, whatlang reads Dutch as German; all
        // its languages tell.
        let other_language =
            whatlang::detect(sample).is_some_and(|any| any.is_reliable() && from_whatlang(&any).is_none());
        if other_language { None } else { from_whatlang(&info) }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::English => include_str!("words/en.txt"),
            Lang::German => include_str!("words/de.txt"),
            Lang::French => include_str!("words/fr.txt"),
            Lang::Spanish => include_str!("words/es.txt"),
            Lang::Russian => include_str!("words/ru.txt"),
            Lang::Japanese => include_str!("words/ja.txt"),
            Lang::Chinese => include_str!("words/zh.txt"),
        }
    }

    /// The list named `section` in this language's file; empty when it has none.
    pub fn words(self, section: &str) -> &'static [String] {
        LEXICONS.get(&self).and_then(|lists| lists.get(section)).map_or(&[], Vec::as_slice)
    }
}

/// whatlang tells Japanese from Chinese by kana; a text of kanji alone may be either, and
/// both are read alike, so that guess needs no more care.
fn from_whatlang(info: &whatlang::Info) -> Option<Lang> {
    Some(match info.lang() {
        whatlang::Lang::Eng => Lang::English,
        whatlang::Lang::Deu => Lang::German,
        whatlang::Lang::Fra => Lang::French,
        whatlang::Lang::Spa => Lang::Spanish,
        whatlang::Lang::Rus | whatlang::Lang::Ukr | whatlang::Lang::Bel => Lang::Russian,
        whatlang::Lang::Jpn => Lang::Japanese,
        whatlang::Lang::Cmn => Lang::Chinese,
        _ if info.script() == whatlang::Script::Cyrillic => Lang::Russian,
        _ => return None,
    })
}

/// The language a text's script alone tells, when most of its letters are not Latin:
/// kana is Japanese, Han without kana Chinese, Cyrillic Russian.
fn by_script(text: &str) -> Option<Lang> {
    let (mut kana, mut han, mut cyrillic, mut latin) = (0, 0, 0, 0);
    for c in text.chars() {
        match c {
            '\u{3040}'..='\u{30ff}' => kana += 1,
            '\u{4e00}'..='\u{9fff}' => han += 1,
            '\u{0400}'..='\u{04ff}' => cyrillic += 1,
            _ if c.is_ascii_alphabetic() => latin += 1,
            _ => {}
        }
    }
    if kana + han > latin / 2 && kana > 0 {
        Some(Lang::Japanese)
    } else if han > latin / 2 && han > 0 {
        Some(Lang::Chinese)
    } else if cyrillic > latin {
        Some(Lang::Russian)
    } else {
        None
    }
}

/// A Latin-script text in a language the coach has no list for is read with the lists of
/// the document's language if that is Latin-script too, else as English.
fn fallback_latin(fallback: Lang) -> Lang {
    if fallback.is_cjk() || fallback == Lang::Russian { Lang::English } else { fallback }
}

/// whatlang told to choose among the Latin-script languages with lists only: less work
/// than scoring all seventy, and a Dutch text read with the German lists beats English.
static DETECTOR: LazyLock<whatlang::Detector> = LazyLock::new(|| {
    use whatlang::Lang::*;
    whatlang::Detector::with_allowlist(vec![Eng, Deu, Fra, Spa])
});

pub const ALL: [Lang; 7] =
    [Lang::English, Lang::German, Lang::French, Lang::Spanish, Lang::Russian, Lang::Japanese, Lang::Chinese];

static LEXICONS: LazyLock<HashMap<Lang, HashMap<String, Vec<String>>>> =
    LazyLock::new(|| ALL.into_iter().map(|lang| (lang, parse(lang.source()))).collect());

/// Acronyms and units every reader knows, from `words/acronyms.txt`.
pub static KNOWN_ACRONYMS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("words/acronyms.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
});

/// `[section]` lines start a list; other lines are its words; `#` starts a comment.
fn parse(source: &str) -> HashMap<String, Vec<String>> {
    let mut lists: HashMap<String, Vec<String>> = HashMap::new();
    let mut section = String::new();
    for line in source.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.to_owned();
        } else {
            lists.entry(section.clone()).or_default().push(line.to_lowercase());
        }
    }
    lists
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_is_told_apart_and_short_texts_keep_the_fallback() {
        let table = [
            ("The clinic texts parents twenty minutes before the doctor is free.", Lang::English),
            ("Die Praxis schickt den Eltern eine Nachricht, bevor der Arzt frei ist.", Lang::German),
            ("La clinique envoie un message aux parents avant que le médecin soit libre.", Lang::French),
            ("La clínica envía un mensaje a los padres antes de que el médico esté libre.", Lang::Spanish),
            ("Клиника отправляет родителям сообщение за двадцать минут до приёма.", Lang::Russian),
            ("クリニックは、医師の手が空く二十分前に保護者へメッセージを送ります。", Lang::Japanese),
            ("诊所在医生有空前二十分钟给家长发送短信，家长可以在家里等候。", Lang::Chinese),
            ("OK", Lang::German),
            ("価格は未定です。", Lang::Japanese),
            ("价格待定。", Lang::Chinese),
        ];
        for (text, expected) in table {
            assert_eq!(Lang::detect(text, Lang::German), expected, "{text}");
        }
    }

    #[test]
    fn a_document_is_told_by_all_its_text_and_one_in_another_language_is_none_of_ours() {
        let german = "Praxisfinder bringt Termine in Minuten. Eltern buchen den Termin beim Kinderarzt \
                      abends auf dem Sofa, statt morgens in der Warteschleife zu hängen.";
        assert_eq!(Lang::of_document(german), Some(Lang::German));
        assert_eq!(Lang::of_document("Praxisfinder bringt Termine in Minuten"), None, "too short to be sure");
        let dutch = "De kliniek stuurt ouders een bericht twintig minuten voordat de dokter vrij is, \
                     zodat zij thuis kunnen wachten in plaats van in een volle wachtkamer.";
        assert_eq!(Lang::of_document(dutch), None);
        assert_eq!(Lang::of_document("OK"), None);
        assert_eq!(
            Lang::detect("Clinic Queue texts parents when it is their child's turn", Lang::English),
            Lang::English
        );
    }

    #[test]
    fn every_language_has_the_lists_the_rules_read() {
        for lang in ALL {
            for section in
                ["hype", "weasel", "future", "praise", "placeholder", "source", "cost", "metric", "owner", "risk"]
            {
                assert!(!lang.words(section).is_empty(), "{lang:?} has no [{section}]");
            }
        }
        assert!(KNOWN_ACRONYMS.contains(&"AWS") && KNOWN_ACRONYMS.contains(&"GB"));
    }
}
