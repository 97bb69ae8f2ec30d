//! Who speaks in a quotation: a leader of the company or a customer, told by the words
//! that say who said it ("— Dana Lee, patient in Portland", "said Ana Ruiz, CEO",
//! "», a dit Marie Dupont, patiente") in the languages the labels know.

use super::blocks::is_cjk;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    Leader,
    Customer,
    /// The words name neither: the quote's place in the text decides.
    Unknown,
}

/// Titles of people who speak for the company.
const LEADERS: &[&str] = &[
    "ceo",
    "cto",
    "coo",
    "cfo",
    "cpo",
    "vp",
    "founder",
    "head of",
    "director",
    "vice president",
    "chief",
    "president",
    "general manager",
    "managing director",
    "executive",
    "chair",
    "geschäftsführ",
    "leiter",
    "teamleiter",
    "abteilungsleiter",
    "bereichsleiter",
    "gründer",
    "vorstand",
    "vorsitzend",
    "direktor",
    "pdg",
    "directeur",
    "directrice",
    "fondat",
    "président",
    "responsable",
    "dirigeant",
    "fundador",
    "gerente",
    "директор",
    "руководител",
    "основател",
    "глава",
    "генеральн",
    "президент",
    "社長",
    "代表",
    "責任者",
    "部長",
    "取締役",
    "創業者",
    "院長",
    "总裁",
    "总经理",
    "负责人",
    "创始人",
    "首席",
    "总监",
    "院长",
    "董事长",
];

/// Words for the people a product is for.
const CUSTOMERS: &[&str] = &[
    "customer",
    "client",
    "patient",
    "parent",
    "mother",
    "father",
    "mum",
    "mom",
    "dad",
    "user",
    "shopper",
    "buyer",
    "subscriber",
    "member",
    "resident",
    "renter",
    "tenant",
    "student",
    "traveller",
    "traveler",
    "hiker",
    "reader",
    "kunde",
    "kundin",
    "mutter",
    "vater",
    "eltern",
    "nutzer",
    "käufer",
    "mieter",
    "mitglied",
    "mère",
    "père",
    "utilisat",
    "abonné",
    "habitant",
    "paciente",
    "madre",
    "padre",
    "usuari",
    "клиент",
    "пациент",
    "родител",
    "мама",
    "папа",
    "мать",
    "отец",
    "пользовател",
    "покупател",
    "жител",
    "利用者",
    "患者",
    "顧客",
    "お客様",
    "お母さん",
    "お父さん",
    "保護者",
    "ユーザー",
    "会員",
    "住民",
    "客户",
    "用户",
    "病人",
    "家长",
    "妈妈",
    "爸爸",
    "顾客",
    "会员",
    "居民",
    "市民",
];

const DASHES: &[&str] = &["—", "–", "―", "--", " - "];
const OPENING: &[char] = &['"', '“', '„', '«', '「', '『'];
const CLOSING: &[char] = &['"', '”', '“', '»', '」', '』'];

/// Who speaks in a quotation: by its attribution when it has one; without one, a
/// leader's title anywhere in it makes it the leader's.
pub fn speaker(text: &str) -> Speaker {
    let attribution = dash_attribution(text).or_else(|| after_closing(text)).or_else(|| before_opening(text));
    // What is said may name a CEO or the customers; only who says it counts.
    let who = attribution.unwrap_or(text);
    if mentions(who, LEADERS) {
        Speaker::Leader
    } else if attribution.is_some() && mentions(who, CUSTOMERS) {
        Speaker::Customer
    } else {
        Speaker::Unknown
    }
}

/// "… at home. — Dana Lee, patient in Portland": the few words after a dash that
/// follows the end of what was said.
pub fn dash_attribution(text: &str) -> Option<&str> {
    let (at, dash) =
        DASHES.iter().filter_map(|dash| text.rfind(dash).map(|at| (at, *dash))).max_by_key(|(at, _)| *at)?;
    let before = text[..at].trim_end();
    let after = text[at + dash.len()..].trim_start_matches(['—', '–', '―', '-', ' ']).trim();
    let said_ends = before.is_empty()
        || before.ends_with(['.', '!', '?', '…', '"', '”', '»', '」', '』', '’', '\'', '。', '！', '？']);
    let words = after.split_whitespace().count();
    (said_ends && (1..=15).contains(&words) && !after.ends_with(['?', '？'])).then_some(after)
}

fn after_closing(text: &str) -> Option<&str> {
    let at = text.rfind(CLOSING)?;
    let after = &text[at..];
    let after = &after[after.chars().next().map_or(0, char::len_utf8)..];
    after.chars().any(char::is_alphanumeric).then_some(after)
}

fn before_opening(text: &str) -> Option<&str> {
    let before = &text[..text.find(OPENING)?];
    before.chars().any(char::is_alphanumeric).then_some(before)
}

/// Whether the text names one of the words: Chinese and Japanese ones anywhere, the
/// others at the start of a word ("patient" in "patiente"), or whole when short ("mom"
/// is no "moment").
fn mentions(text: &str, words: &[&str]) -> bool {
    let lower: String =
        text.to_lowercase().chars().map(|c| if c.is_alphanumeric() || is_cjk(c) { c } else { ' ' }).collect();
    let padded = format!(" {lower} ");
    words.iter().any(|word| {
        if word.chars().any(is_cjk) {
            lower.contains(word)
        } else if word.chars().count() <= 4 {
            padded.contains(&format!(" {word} ")) || padded.contains(&format!(" {word}s "))
        } else {
            padded.contains(&format!(" {word}"))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_attribution_tells_a_leader_from_a_customer() {
        let cases = [
            ("\"We built it,\" said Niamh Byrne, founder of Stillwater.", Speaker::Leader),
            ("\"I love it,\" said Conor, a father of three.", Speaker::Customer),
            ("Nobody waits now. — Dana Lee, patient in Portland", Speaker::Customer),
            ("« Je suis revenue au bon moment », a dit Marie Dupont, patiente.", Speaker::Customer),
            ("„Endlich Ruhe“, sagt Jana Wolf, Geschäftsführerin.", Speaker::Leader),
            ("«Работает», — сказал Ильдар Сафин, директор школы.", Speaker::Leader),
            ("\"Our customers asked for it,\" said Ana Ruiz, Head of Product.", Speaker::Leader),
            ("\"Our CEO was right,\" said Callum Reid, a nurse.", Speaker::Unknown),
            ("\"It works at the moment,\" said Tom.", Speaker::Unknown),
        ];
        for (text, expected) in cases {
            assert_eq!(speaker(text), expected, "{text}");
        }
        assert_eq!(dash_attribution("We waited -- for hours -- every night"), None);
        assert_eq!(dash_attribution("Walk-in patients wait."), None);
    }
}
