//! Hostile files and input, each tried the way a user would meet it: through the
//! library, the command line and the terminal UI. Whatever the file or the paste holds,
//! the user gets a clear message; nothing panics, a file that cannot be read is never
//! rewritten, nothing reaches the terminal as a control sequence, and nothing is
//! written outside the folder it belongs in.

#[path = "support/harness.rs"]
mod harness;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use backwards::domain::{Entry, Loaded, PrincipleSet, Saved, Session};
use backwards::store::{self, Paths, StoreError};
use harness::{Harness, example};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;

/// An escape sequence that sets red text (CSI), one that retitles the window (OSC), a
/// C1 CSI that clears the screen on terminals that honour 8-bit controls, and two
/// bidirectional controls that make text read backwards.
const PAYLOAD: &str = "\u{1b}[31m\u{1b}]0;pwned\u{7}\u{9b}2J\u{202E}\u{2066}";

/// What is left of [`PAYLOAD`] once cleaned: inert text.
const RESIDUE: &str = "[31m]0;pwned2J";

/// Keys whose strings are names of choices, not text: a payload there is a wrong value,
/// which `wrong_types_*` covers.
const CHOICE_KEYS: &[&str] = &["stage", "confidence", "kind", "outcome", "decision"];

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters a terminal acts on, or that make text read other than it is. Line breaks
/// and tabs are text.
fn unsafe_chars(text: &str) -> Vec<char> {
    text.chars().filter(|c| (c.is_control() && *c != '\n' && *c != '\t') || is_bidi_control(*c)).collect()
}

/// The command line on a harness's folders, from the harness's root as current folder.
fn cli(paths: &Paths) -> Command {
    let mut cmd = Command::cargo_bin("backwards").expect("the binary");
    cmd.current_dir(paths.sessions.parent().expect("a root"))
        .env("BACKWARDS_DIR", &paths.sessions)
        .env("BACKWARDS_STATE_DIR", &paths.state)
        .env("BACKWARDS_CONFIG_DIR", &paths.config)
        .env("NO_COLOR", "1");
    cmd
}

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("read the folder")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Puts `bytes` in the folder as a session file, then opens the folder every way a user
/// can: the library's load and list, `backwards list`, `show`, `validate` and `export`,
/// and the terminal UI, where the file is opened, and saved and quit on. Each must say
/// `expected`; at the end the file must hold exactly the bytes it held before.
fn refused_everywhere(bytes: &[u8], expected: &str) {
    let mut h = Harness::new(200, 40);
    let path = h.paths.sessions.join("01hostile.json");
    std::fs::write(&path, bytes).expect("write the hostile file");

    let loaded = store::load(&path).expect_err("the library refuses it").to_string();
    assert!(loaded.contains("01hostile.json") && loaded.contains(expected), "load: {loaded}");
    let listing = store::list(&h.paths).expect("the folder lists");
    assert!(
        matches!(&listing.entries[..], [Entry::Unreadable { reason, .. }] if reason.contains(expected)),
        "list: {listing:?}"
    );

    let listed = cli(&h.paths).arg("list").output().expect("run list");
    let stdout = String::from_utf8_lossy(&listed.stdout);
    assert!(listed.status.success() && stdout.contains("unreadable:") && stdout.contains(expected), "{stdout}");
    for args in [&["show", "01hostile"][..], &["validate"], &["export", "01hostile"], &["lint", "01hostile"]] {
        let output = cli(&h.paths).args(args).output().expect("run the command");
        let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert_eq!(output.status.code(), Some(1), "{args:?}: {said}");
        assert!(said.contains(expected), "{args:?} says why: {said}");
    }

    h.relist();
    assert!(h.screen().contains("01hostile.json"), "the list shows the file:\n{}", h.screen());
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(screen.contains("Cannot open it") && screen.contains(expected), "{screen}");
    h.keys("x<C-s><C-q>");

    assert_eq!(std::fs::read(&path).expect("the file is still there"), bytes, "never rewritten");
    assert_eq!(names_in(&h.paths.sessions), ["01hostile.json"], "nothing added to the folder");
    assert_eq!(names_in(&h.root.path().join("exports")), Vec::<String>::new(), "nothing exported");
}

#[test]
fn a_truncated_file_is_refused_with_where_it_ends() {
    let full = std::fs::read(example("01kjh8")).expect("an example");
    refused_everywhere(&full[..full.len() / 2], "EOF while parsing");
}

#[test]
fn wrong_types_are_refused_with_what_was_expected() {
    let cases: &[(&str, &str)] = &[
        (r#"{"schema_version": 1, "id": "x", "title": 42}"#, "invalid type: integer `42`, expected a string"),
        (r#"{"schema_version": 1, "id": "x", "faq": {"external": "none"}}"#, "expected a sequence"),
        (r#"{"schema_version": 1, "id": "x", "review": {"items": [{"id": "r1", "votes": -1}]}}"#, "invalid value"),
        (r#"{"schema_version": 1, "id": "x", "stage": "done"}"#, "unknown variant `done`"),
        (r#"{"schema_version": "1", "id": "x"}"#, "schema_version is not a whole number"),
        (r#"{"schema_version": 1.5, "id": "x"}"#, "schema_version is not a whole number"),
        (r#"{"schema_version": 1}"#, "missing field `id`"),
        (r#"[{"schema_version": 1, "id": "x"}]"#, "does not hold a JSON object"),
        ("null", "does not hold a JSON object"),
        ("\"a session\"", "does not hold a JSON object"),
        ("", "EOF while parsing"),
        ("{\"schema_version\": 1, \"id\": \"x\"} trailing", "trailing characters"),
    ];
    for (text, expected) in cases {
        refused_everywhere(text.as_bytes(), expected);
    }
    refused_everywhere(b"{\"schema_version\": 1, \"id\": \"\xff\xfe\"}", "invalid unicode code point");
}

#[test]
fn a_50_mb_file_is_refused_by_its_size_before_it_is_parsed() {
    // Sparse: it costs no disk. Parsed, its zeros would say "expected value"; refused by
    // its size, the message names the size.
    let mut h = Harness::new(200, 40);
    let path = h.paths.sessions.join("01huge.json");
    std::fs::File::create(&path).expect("create").set_len(50 << 20).expect("grow");
    let expected = "it is 50 MB; a session file is at most 20 MB";

    assert!(store::load(&path).expect_err("refused").to_string().contains(expected));
    let listing = store::list(&h.paths).expect("the folder lists");
    assert!(matches!(&listing.entries[..], [Entry::Unreadable { reason, .. }] if reason == expected), "{listing:?}");
    cli(&h.paths).arg("list").assert().success().stdout(predicates::str::contains(expected));
    cli(&h.paths).args(["show", "01huge"]).assert().code(1).stderr(predicates::str::contains(expected));
    h.relist();
    h.keys("<Enter>");
    assert!(h.screen().contains(expected), "{}", h.screen());
    assert_eq!(std::fs::metadata(&path).expect("still there").len(), 50 << 20);
}

#[cfg(unix)]
#[test]
fn a_device_or_a_pipe_named_as_a_session_is_refused_without_reading_it() {
    // /dev/zero never ends and a named pipe waits for a writer: reading either would eat
    // the memory or hang.
    let h = Harness::new(80, 24);
    let pipe = h.root.path().join("pipe.json");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status().expect("mkfifo");
    assert!(made.success());
    for path in [Path::new("/dev/zero"), &pipe] {
        let message = store::load(path).expect_err("refused").to_string();
        assert!(message.contains("not a regular file"), "{message}");
        cli(&h.paths)
            .arg("validate")
            .arg(path)
            .timeout(std::time::Duration::from_secs(20))
            .assert()
            .code(1)
            .stdout(predicates::str::contains("not a regular file"));
    }
}

#[test]
fn deep_nesting_is_a_message_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    refused_everywhere(deep.as_bytes(), "it nests lists or objects more than 128 deep at line 1 column 128");
    let deep_title = format!("{{\"schema_version\": 1, \"id\": \"x\", \"title\": {}", "{\"a\":".repeat(100_000));
    refused_everywhere(deep_title.as_bytes(), "more than 128 deep");
}

#[test]
fn nesting_within_the_limit_in_an_unknown_key_survives_a_load_and_a_save() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("01deep.json");
    let nested = format!("{}1{}", "[".repeat(120), "]".repeat(120));
    std::fs::write(&path, format!("{{\"schema_version\": 1, \"id\": \"01deep\", \"x_deep\": {nested}}}"))
        .expect("write");
    let loaded = store::load(&path).expect("loads");
    store::save(&path, &loaded.session, Some(loaded.fingerprint)).expect("saves");
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("JSON");
    assert_eq!(saved["x_deep"], serde_json::from_str::<Value>(&nested).expect("JSON"));
}

/// A folder with a session file that is a link to a session outside it.
#[cfg(unix)]
fn linked_folder() -> (Harness, PathBuf, Vec<u8>) {
    let h = Harness::new(200, 40);
    let outside = h.root.path().join("outside");
    std::fs::create_dir(&outside).expect("a folder outside");
    let target = outside.join("secret.json");
    let mut session = Session::new("01link".into(), "Outside secret".into(), String::new(), PrincipleSet::amazon());
    session.press_release.headline = "Secret headline".into();
    let bytes = store::to_bytes(&session).expect("serialise");
    std::fs::write(&target, &bytes).expect("write the outside session");
    std::os::unix::fs::symlink(&target, h.paths.sessions.join("01link.json")).expect("link");
    (h, target, bytes)
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_outside_the_folder_is_never_followed() {
    let (mut h, target, bytes) = linked_folder();
    let expected = "a symbolic link; Backwards opens only regular files in the folder";
    let link = h.paths.sessions.join("01link.json");
    assert!(store::load(&link).expect_err("refused").to_string().contains(expected));
    cli(&h.paths).arg("list").assert().success().stdout(predicates::str::contains(expected));
    for args in [&["show", "01link"][..], &["export", "01link"], &["lint", "01link"], &["diff", "01link"]] {
        let output = cli(&h.paths).args(args).output().expect("run");
        let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert_eq!(output.status.code(), Some(1), "{args:?}: {said}");
        assert!(said.contains(expected) && !said.contains("Secret"), "{args:?}: {said}");
    }
    let validated = cli(&h.paths).arg("validate").output().expect("run");
    let said = String::from_utf8_lossy(&validated.stdout);
    assert!(said.contains(expected), "{said}");
    cli(&h.paths).args(["export", "--all"]).assert().code(1);

    h.relist();
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(screen.contains("Cannot open it") && !screen.contains("Secret"), "{screen}");
    h.keys("x<C-q>");
    assert_eq!(std::fs::read(&target).expect("the outside file"), bytes);
    assert_eq!(names_in(target.parent().expect("outside")), ["secret.json"]);
    assert!(std::fs::symlink_metadata(&link).expect("the link").file_type().is_symlink());
}

#[cfg(unix)]
#[test]
fn a_file_replaced_by_a_link_while_open_is_never_written_through() {
    let mut h = Harness::with_sessions(120, 30, &[&example("01kr2b")]);
    h.keys("<Enter><Enter>More words<Esc>");
    let path = h.paths.sessions.join(example("01kr2b").file_name().expect("a name"));
    let outside = h.root.path().join("outside.json");
    let saved = std::fs::read(&path).expect("saved");
    std::fs::write(&outside, &saved).expect("the same bytes, outside");
    std::fs::remove_file(&path).expect("remove");
    std::os::unix::fs::symlink(&outside, &path).expect("link");
    h.keys("<Enter> and more<Esc><C-s>");
    assert_eq!(std::fs::read(&outside).expect("outside"), saved, "the file outside is untouched");
    let screen = h.screen();
    assert!(screen.contains("The file changed on disk") && screen.contains("a symbolic link"), "{screen}");
    h.keys("k");
    assert_eq!(std::fs::read(&outside).expect("outside"), saved, "keeping mine never writes through the link");
    let kind = std::fs::symlink_metadata(&path).expect("the session file").file_type();
    assert!(kind.is_file(), "the save replaced the link with a file in the folder");
    assert!(String::from_utf8(std::fs::read(&path).expect("read")).expect("text").contains("and more"));
}

/// A copy of the full example whose every text, name, id and time stamp carries
/// [`PAYLOAD`] at both ends.
fn poisoned_example() -> Vec<u8> {
    fn poison(value: &mut Value, key: Option<&str>) {
        match value {
            Value::String(text) if !key.is_some_and(|k| CHOICE_KEYS.contains(&k)) => {
                *text = format!("{PAYLOAD}{text}{PAYLOAD}");
            }
            Value::Array(items) => items.iter_mut().for_each(|item| poison(item, key)),
            Value::Object(map) => map.iter_mut().for_each(|(k, v)| poison(v, Some(k))),
            _ => {}
        }
    }
    let mut value: Value = serde_json::from_slice(&std::fs::read(example("01kjh8")).expect("read")).expect("JSON");
    poison(&mut value, None);
    serde_json::to_vec_pretty(&value).expect("JSON")
}

fn strings_in(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::String(text) => found.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| strings_in(item, found)),
        Value::Object(map) => map.iter().for_each(|(key, item)| {
            found.push(key.clone());
            strings_in(item, found)
        }),
        _ => {}
    }
}

#[test]
fn control_and_bidi_characters_in_every_field_are_removed_at_load() {
    let (session, _) = store::load_bytes(Path::new("p.json"), &poisoned_example()).expect("loads");
    let value: Value = serde_json::from_slice(&store::to_bytes(&session).expect("serialise")).expect("JSON");
    let mut texts = Vec::new();
    strings_in(&value, &mut texts);
    let dirty: Vec<&String> = texts.iter().filter(|t| !unsafe_chars(t).is_empty()).collect();
    assert!(dirty.is_empty(), "left after loading: {dirty:?}");
    assert!(session.title.contains(RESIDUE) && session.review.items[0].id.contains(RESIDUE));
}

#[test]
fn nothing_in_a_poisoned_session_reaches_the_terminal_on_any_screen() {
    let mut h = Harness::new(160, 48);
    std::fs::write(h.paths.sessions.join("01kjh8m2c4t7w9x3y5z6a8b0d1.json"), poisoned_example()).expect("write");
    h.relist();
    // Each from the list: the list's own dialogs, then every stage with what opens on it.
    let scripts = [
        "",
        "?",
        "c",
        "/pwned",
        "f",
        "d",
        "<Enter>1",
        "<Enter>1<Enter>",
        "<Enter>1p",
        "<Enter>2<Enter>",
        "<Enter>2<End>",
        "<Enter>2<End><Enter>",
        "<Enter>2p",
        "<Enter>3",
        "<Enter>3<Down><Down><Enter>",
        "<Enter>3<Down><Down><Down><Down><Enter>",
        "<Enter>3<Down><Down><Down><Down>t",
        "<Enter>3<End><Enter>",
        "<Enter>3P",
        "<Enter>3p",
        "<Enter>3c",
        "<Enter>4",
        "<Enter>4<Enter>",
        "<Enter>4m<Down><Enter>",
        "<Enter>4p",
        "<Enter>4s",
        "<Enter>4?",
    ];
    let mut seen = String::new();
    for script in scripts {
        h.keys(script);
        for cell in h.cells() {
            let bad = unsafe_chars(cell.symbol());
            assert!(bad.is_empty() && !cell.symbol().contains(['\n', '\t']), "after {script:?}: {bad:?}");
        }
        seen.push_str(&h.screen());
        h.keys("<Esc><Esc><Esc><Esc>");
    }
    assert!(seen.contains("]0;pwned"), "the cleaned text is on screen, so the test saw it");
}

#[test]
fn nothing_in_a_poisoned_session_reaches_the_terminal_from_the_command_line() {
    let h = Harness::new(80, 24);
    std::fs::write(h.paths.sessions.join("01kjh8m2c4t7w9x3y5z6a8b0d1.json"), poisoned_example()).expect("write");
    let out = h.root.path().join("exports");
    let commands: [&[&str]; 7] = [
        &["list"],
        &["show", "01kjh8"],
        &["lint", "01kjh8"],
        &["diff", "01kjh8"],
        &["validate"],
        &["principles", "--usage"],
        &["export", "01kjh8", "-o", "exports"],
    ];
    for args in commands {
        let output = cli(&h.paths).args(args).output().expect("run");
        for stream in [&output.stdout, &output.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(unsafe_chars(&text).is_empty(), "{args:?} printed {:?}:\n{text}", unsafe_chars(&text));
        }
    }
    let exported = names_in(&out);
    assert_eq!(exported.len(), 1);
    let document = std::fs::read_to_string(out.join(&exported[0])).expect("the export");
    assert!(unsafe_chars(&document).is_empty() && document.contains("\\[31m\\]0;pwned"), "{document}");
}

#[test]
fn a_reason_quoting_the_file_never_carries_its_escape_sequences() {
    // serde names an unknown choice as written, between backticks.
    let bytes = format!("{{\"schema_version\": 1, \"id\": \"x\", \"stage\": \"{}\"}}", "\\u001b]0;pwned\\u0007");
    let mut h = Harness::new(200, 40);
    std::fs::write(h.paths.sessions.join("01bad.json"), &bytes).expect("write");
    let error = store::load(&h.paths.sessions.join("01bad.json")).expect_err("refused").to_string();
    assert!(unsafe_chars(&error).is_empty() && error.contains("unknown variant"), "{error:?}");
    for args in [&["list"][..], &["validate"], &["show", "01bad"]] {
        let output = cli(&h.paths).args(args).output().expect("run");
        let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(unsafe_chars(&said).is_empty() && said.contains("]0;pwned"), "{args:?}: {said:?}");
    }
    h.relist();
    h.keys("<Enter>");
    assert!(h.cells().iter().all(|cell| unsafe_chars(cell.symbol()).is_empty()));
}

#[cfg(unix)]
#[test]
fn a_file_name_with_escape_sequences_is_shown_escaped() {
    let mut h = Harness::new(200, 40);
    let name = format!("01evil{PAYLOAD}.json");
    std::fs::write(h.paths.sessions.join(&name), "{").expect("a broken file with a hostile name");
    std::fs::copy(example("01kr2b"), h.paths.sessions.join(format!("copy{PAYLOAD}.json"))).expect("a copy");
    for args in [&["list"][..], &["validate"]] {
        let output = cli(&h.paths).args(args).output().expect("run");
        let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(unsafe_chars(&said).is_empty(), "{args:?}: {said:?}");
        assert!(said.contains("01evil\\u{1b}[31m"), "the name shows what it holds: {said}");
    }
    h.relist();
    let mut seen = String::new();
    for script in ["", "<Down>", "<Down><Enter>", "d", "n<Esc>"] {
        h.keys(script);
        assert!(h.cells().iter().all(|cell| unsafe_chars(cell.symbol()).is_empty()), "after {script:?}");
        seen.push_str(&h.screen());
    }
    assert!(seen.contains("01evil\\u{1b}[31m"), "the list shows the name escaped:\n{seen}");
}

#[test]
fn a_paste_with_escape_sequences_and_bidi_controls_arrives_clean() {
    let hostile = format!("a{PAYLOAD}b\r\nc\u{85}d\u{200F}e");
    let mut h = Harness::new(120, 30);
    h.keys("n");
    h.paste(&hostile);
    h.keys("<Enter>");
    assert_eq!(h.saved()[0]["title"], format!("a{RESIDUE}b cde"));
    h.keys("<Enter>");
    h.paste(&hostile);
    h.keys("<Esc>2<Enter>");
    h.paste(&hostile);
    h.keys("<Esc><C-s>");
    let saved = &h.saved()[0];
    assert_eq!(saved["customer"]["who"]["text"], format!("a{RESIDUE}b\ncde"));
    assert_eq!(saved["press_release"]["headline"], format!("a{RESIDUE}b cde"));
    h.keys("P");
    h.paste(&hostile);
    h.keys("<Enter><C-s>");
    assert_eq!(h.saved()[0]["facilitator"], format!("a{RESIDUE}b cde"));
}

/// Nothing was written beside the folders the app was given.
#[test]
fn a_control_or_bidi_character_typed_as_a_key_is_not_inserted() {
    let mut h = Harness::with_sessions(120, 30, &[&example("01kr2b")]);
    let before = h.saved()[0]["customer"]["who"]["text"].clone();
    h.keys("<Enter><Enter>");
    for c in ['\u{202E}', '\u{9b}', '\u{1b}', '\u{7}', '\u{2066}'] {
        h.press(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    h.keys("x<Esc><C-s>");
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], format!("{}x", before.as_str().expect("text")));
}

#[test]
fn titles_like_paths_or_device_names_name_no_file() {
    let titles = ["../../x", "CON", "nul.txt", "/etc/passwd", "..", ".", "a\\b\\..\\c", "com1", "LPT9.md", "-"];
    let h = Harness::new(80, 24);
    let out = h.root.path().join("exports");
    for title in titles {
        let output = cli(&h.paths).args(["new", title]).output().expect("run new");
        assert!(output.status.success(), "{title}: {}", String::from_utf8_lossy(&output.stderr));
        let line = String::from_utf8(output.stdout).expect("text");
        let (id, path) = line.trim_end().split_once('\t').expect("id<TAB>path");
        assert_eq!(PathBuf::from(path), h.paths.sessions.join(format!("{id}.json")), "{title}");
        cli(&h.paths).args(["export", id, "-o", "exports"]).assert().success();
        let loaded = store::load(Path::new(path)).expect("loads");
        assert_eq!(loaded.session.title, title);
        let stem = backwards::export::file_stem(&loaded.session);
        assert!(!stem.is_empty() && stem.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        assert!(!is_windows_device_name(&stem), "{title} gives {stem}");
    }
    assert_eq!(names_in(&h.paths.sessions).len(), titles.len());
    assert!(names_in(&h.paths.sessions).iter().all(|n| n.len() == 31 && n.ends_with(".json")));
    let exported = names_in(&out);
    assert_eq!(exported.len(), titles.len(), "{exported:?}");
    assert!(exported.iter().all(|name| !is_windows_device_name(name.trim_end_matches(".md"))), "{exported:?}");
    assert_only_the_app_folders(h.root.path());
}

fn is_windows_device_name(stem: &str) -> bool {
    let base = stem.split('.').next().unwrap_or(stem).to_ascii_lowercase();
    matches!(base.as_str(), "con" | "prn" | "aux" | "nul")
        || (base.len() == 4
            && (base.starts_with("com") || base.starts_with("lpt"))
            && base.as_bytes()[3].is_ascii_digit())
}

#[test]
fn titles_like_paths_from_the_terminal_ui_name_no_file_and_export_inside_the_folder() {
    let mut h = Harness::new(120, 30);
    for title in ["../../x", "CON"] {
        h.keys(&format!("n{title}<Enter>x<Enter><Esc><Esc>"));
    }
    let sessions = names_in(&h.paths.sessions);
    assert_eq!(sessions.len(), 2);
    assert!(sessions.iter().all(|n| n.len() == 31 && n.ends_with(".json")), "{sessions:?}");
    let exported = names_in(&h.root.path().join("exports"));
    assert_eq!(exported, ["con-session.md", "x.md"], "{}", h.screen());
    assert_only_the_app_folders(h.root.path());
}

/// Nothing was written beside the folders the app was given.
fn assert_only_the_app_folders(root: &Path) {
    let names = names_in(root);
    assert!(names.iter().all(|n| ["config", "exports", "sessions", "state"].contains(&n.as_str())), "{names:?}");
}

#[test]
fn a_version_numbered_at_the_limit_is_followed_without_a_crash() {
    let mut h = Harness::new(120, 30);
    let mut session = Session::new("01max".into(), "Max".into(), String::new(), PrincipleSet::amazon());
    session.freeze("The last number there is".into(), Vec::new(), String::new());
    session.iterations[0].number = u32::MAX;
    session.press_release.headline = "Changed since".into();
    std::fs::write(h.paths.sessions.join("01max.json"), store::to_bytes(&session).expect("serialise")).expect("write");
    h.relist();
    h.keys("<Enter>sOne more<Enter>");
    assert!(h.screen().contains("Version 1 made."), "{}", h.screen());
    h.keys("<C-s>");
    let numbers: Vec<u64> =
        h.saved()[0]["iterations"].as_array().expect("versions").iter().filter_map(|v| v["number"].as_u64()).collect();
    assert_eq!(numbers, [u64::from(u32::MAX), 1]);
}

fn session_on_disk() -> (tempfile::TempDir, PathBuf, Loaded, Vec<u8>) {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("01full.json");
    std::fs::copy(example("01kjh8"), &path).expect("copy");
    let mut loaded = store::load(&path).expect("loads");
    let before = std::fs::read(&path).expect("read");
    loaded.session.press_release.headline = "A change that cannot be written".into();
    (dir, path, loaded, before)
}

/// Writes half of the bytes, then fails as a full disk does.
fn half_then_disk_full(file: &mut dyn std::io::Write, bytes: &[u8]) -> std::io::Result<()> {
    file.write_all(&bytes[..bytes.len() / 2])?;
    file.flush()?;
    Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device"))
}

#[test]
fn a_disk_that_fills_half_way_through_a_save_leaves_the_file_as_it_was() {
    let (dir, path, loaded, before) = session_on_disk();
    let error = store::save_with(&path, &loaded.session, Some(loaded.fingerprint), half_then_disk_full)
        .expect_err("the save fails");
    assert!(matches!(error, StoreError::Write { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.contains("01full.json")
            && message.contains("No space left on device")
            && message.contains("the disk is not full"),
        "says what failed and what to check: {message}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), before, "the file is as it was");
    assert_eq!(names_in(dir.path()), ["01full.json"], "no temporary file left behind");
    let again = store::save(&path, &loaded.session, Some(loaded.fingerprint)).expect("with room, it saves");
    assert!(matches!(again, Saved::Written(_)));
    assert_eq!(store::load(&path).expect("loads").session.press_release.headline, "A change that cannot be written");
}

#[test]
fn a_write_error_before_any_byte_leaves_nothing_behind_and_a_change_on_disk_writes_nothing() {
    let (dir, path, loaded, before) = session_on_disk();
    let at_once: store::WriteBytes = |_, _| Err(std::io::Error::other("input/output error"));
    let message =
        store::save_with(&path, &loaded.session, Some(loaded.fingerprint), at_once).expect_err("fails").to_string();
    assert!(message.contains("input/output error"), "{message}");
    assert_eq!(std::fs::read(&path).expect("read"), before);

    let theirs = [before.as_slice(), b" "].concat();
    std::fs::write(&path, &theirs).expect("someone else changes the file");
    let saved = store::save_with(&path, &loaded.session, Some(loaded.fingerprint), half_then_disk_full)
        .expect("a change on disk is no error");
    assert_eq!(saved, Saved::ChangedOnDisk, "the user chooses what to keep");
    assert_eq!(std::fs::read(&path).expect("read"), theirs, "their version is untouched");
    assert_eq!(names_in(dir.path()), ["01full.json"], "nothing written before the choice, no temporary file");
}
