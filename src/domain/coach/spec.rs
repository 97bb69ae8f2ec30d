//! `spec-in-press-release`: code, command-line flags and file paths pasted into the
//! press release, which speaks to customers about what they get, not how it is built.

use super::{Note, Part, Severity, TextKind, quoted};

pub fn check(part: &Part, notes: &mut Vec<Note>) {
    if part.kind != TextKind::PressRelease || part.reading.code.is_empty() {
        return;
    }
    let code = &part.reading.code;
    let message = format!(
        "code in the press release: {}; say what the customer gets in their words, and move the commands and files to the FAQ",
        quoted(&code[..code.len().min(3)])
    );
    notes.push(part.note("spec-in-press-release", Severity::Warning, message));
}

#[cfg(test)]
mod tests {
    use crate::domain::coach::{TextKind, rules_of};

    #[test]
    fn code_flags_and_paths_belong_in_the_faq_not_the_press_release() {
        let table: [(&str, TextKind, bool); 7] = [
            ("Run `backwards lint --json` in CI.", TextKind::PressRelease, true),
            ("Add --fail-fast to the build.", TextKind::PressRelease, true),
            ("It writes ~/.config/app/settings.toml for you.", TextKind::PressRelease, true),
            ("Run `backwards lint --json` in CI.", TextKind::FaqAnswer, false),
            ("Teams see each failed build within a minute.", TextKind::PressRelease, false),
            ("Visit example.com/start to begin, 2-3 minutes.", TextKind::PressRelease, false),
            ("Der Bericht kommt als PDF – ohne Installation.", TextKind::PressRelease, false),
        ];
        for (text, kind, expected) in table {
            assert_eq!(rules_of(text, kind).contains(&"spec-in-press-release"), expected, "{text:?}");
        }
    }
}
