//! The coach on held-out PR/FAQs (tests/fixtures/coach/held-out): written after the rules
//! were tuned, each with the notes a reviewer would ask for set down before the first run
//! (`NAME.expected`: a rule and its place a line). The precision and recall measured here
//! are the table in tests/fixtures/coach/README.md; `UPDATE_COACH_README=1` rewrites it.

use std::path::{Path, PathBuf};
use std::process::Command;

const START: &str = "<!-- held-out table: written by tests/coach_held_out.rs -->";
const END: &str = "<!-- end of held-out table -->";

struct Measured {
    name: String,
    notes: usize,
    right: usize,
    expected: usize,
    raised: usize,
    wrong: Vec<String>,
}

fn lint(file: &Path, config_dir: &Path) -> Vec<(String, String)> {
    let output = Command::new(env!("CARGO_BIN_EXE_backwards"))
        .env("BACKWARDS_CONFIG_DIR", config_dir)
        .arg("--dir")
        .arg(file.parent().unwrap())
        .args(["lint", file.to_str().unwrap(), "--json"])
        .output()
        .expect("run backwards lint");
    let notes: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let pair =
        |n: &serde_json::Value| (n["rule"].as_str().unwrap().to_owned(), n["about"].as_str().unwrap().to_owned());
    notes.as_array().unwrap().iter().map(pair).collect()
}

fn measure(file: &Path, config_dir: &Path) -> Measured {
    let expected_text = std::fs::read_to_string(file.with_extension("expected")).unwrap();
    let expected: Vec<(String, String)> = expected_text
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (rule, about) = line.split_once(' ').unwrap();
            (rule.to_owned(), about.trim().to_owned())
        })
        .collect();
    let notes = lint(file, config_dir);
    let wrong: Vec<String> = notes
        .iter()
        .filter(|note| !expected.contains(note))
        .map(|(rule, about)| format!("`{rule}` on {about}"))
        .collect();
    Measured {
        name: file.file_stem().unwrap().to_str().unwrap().to_owned(),
        notes: notes.len(),
        right: notes.len() - wrong.len(),
        expected: expected.len(),
        raised: expected.iter().filter(|wanted| notes.contains(wanted)).count(),
        wrong,
    }
}

fn percent(part: usize, whole: usize) -> usize {
    (part * 100 + whole / 2) / whole.max(1)
}

fn table(measured: &[Measured]) -> String {
    let mut table = String::from(
        "| document | notes | right | expected | raised | notes a reviewer would not sign |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for m in measured {
        let wrong = m.wrong.join(", ");
        table += &format!("| {} | {} | {} | {} | {} | {wrong} |\n", m.name, m.notes, m.right, m.expected, m.raised);
    }
    let sum = |field: fn(&Measured) -> usize| measured.iter().map(field).sum::<usize>();
    let (notes, right, expected, raised) = (sum(|m| m.notes), sum(|m| m.right), sum(|m| m.expected), sum(|m| m.raised));
    table += &format!(
        "| **all** | **{notes}** | **{right} ({} % precision)** | **{expected}** | **{raised} ({} % recall)** | |\n",
        percent(right, notes),
        percent(raised, expected)
    );
    table
}

#[test]
fn held_out_documents_get_the_notes_a_reviewer_expected_and_the_readme_says_how_many() {
    let corpus = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/coach"));
    let no_config = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(corpus.join("held-out")).unwrap().map(|entry| entry.unwrap().path()).collect();
    files.retain(|path| path.extension().is_some_and(|e| e == "json"));
    files.sort();
    let languages: Vec<&str> = files.iter().map(|f| &f.file_name().unwrap().to_str().unwrap()[..2]).collect();
    for language in ["de", "en", "es", "fr"] {
        assert!(languages.contains(&language), "no held-out document in {language}");
    }
    let measured: Vec<Measured> = files.iter().map(|file| measure(file, no_config.path())).collect();
    for m in &measured {
        assert_eq!(m.raised, m.expected, "{}: a note a reviewer expected is missing", m.name);
    }
    let (right, notes): (usize, usize) = measured.iter().fold((0, 0), |(r, n), m| (r + m.right, n + m.notes));
    assert!(right * 10 >= notes * 8, "precision fell to {right} of {notes}");

    let readme_path = corpus.join("README.md");
    let readme = std::fs::read_to_string(&readme_path).unwrap();
    let (before, rest) = readme.split_once(START).expect("the README has the held-out table's start marker");
    let (_, after) = rest.split_once(END).expect("the README has the held-out table's end marker");
    let updated = format!("{before}{START}\n{}{END}{after}", table(&measured));
    if std::env::var_os("UPDATE_COACH_README").is_some() {
        std::fs::write(&readme_path, &updated).unwrap();
    } else {
        assert_eq!(readme, updated, "the held-out table is out of date: run with UPDATE_COACH_README=1");
    }
}
