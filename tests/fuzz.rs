//! Fuzz-style property tests. Any bytes, and any mutation of a real session file, load
//! or fail without panicking, and what loads is clean and saves to itself. Any session,
//! however odd its text, its counts or its numbers, exports and renders after any keys
//! at every terminal size from 1×1 to 300×100 without panicking.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use backwards::app::{App, Now, Screen, SessionView, action_for, update};
use backwards::domain::*;
use backwards::export::{file_stem, markdown};
use backwards::store;
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::select;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters a terminal acts on, or that make text read other than it is.
fn unsafe_chars(text: &str) -> Vec<char> {
    text.chars().filter(|c| (c.is_control() && *c != '\n' && *c != '\t') || is_bidi_control(*c)).collect()
}

/// The repository's example sessions, read once.
fn examples() -> &'static [Vec<u8>] {
    static EXAMPLES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    EXAMPLES.get_or_init(|| {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(folder).expect("the examples").map(|e| e.expect("an entry").path()).collect();
        files.sort();
        files.iter().map(|path| std::fs::read(path).expect("an example")).collect()
    })
}

/// Pieces of text that have hurt terminals, layouts and documents: escape sequences,
/// C0 and C1 controls, bidi controls, line endings of every kind, zero-width and wide
/// characters, combining marks, emoji sequences and markdown syntax.
const PIECES: &[&str] = &[
    "\u{1b}[31m",
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}]8;;http://x\u{1b}\\",
    "\u{9b}2J",
    "\u{9d}0;t\u{9c}",
    "\u{85}",
    "\u{0}",
    "\u{7f}",
    "\u{8}",
    "\u{202E}",
    "\u{2066}",
    "\u{200F}",
    "\u{61C}",
    "\r\n",
    "\r",
    "\n",
    "\n\n\n",
    "\t",
    " ",
    "   ",
    "word",
    "Word.",
    "日本語",
    "ｗｉｄｅ",
    "😀",
    "👩\u{200D}👩\u{200D}👧",
    "e\u{301}\u{301}\u{301}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{AD}",
    "# ",
    "- ",
    "1. ",
    "|",
    "`",
    "<b>",
    "[x](y)",
    "\\",
    "LATE",
    "will be",
    "very",
    "2026-03-31",
];

fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => vec(select(PIECES), 0..14).prop_map(|pieces| pieces.concat()),
        2 => any::<String>(),
        1 => "[a-zA-Z]{80,400}",
        1 => Just(String::new()),
    ]
}

/// Numbers at the edges as often as in between: counts, votes, minutes and seconds.
fn edgy_number() -> impl Strategy<Value = u64> {
    prop_oneof![
        2 => 0..100u64,
        1 => Just(u64::MAX),
        1 => Just(u64::from(u32::MAX)),
        1 => any::<u64>(),
    ]
}

/// What a session is built from: a pool of texts and numbers drawn in turn.
#[derive(Debug, Clone)]
struct Pool {
    texts: Vec<String>,
    numbers: Vec<u64>,
    /// External and internal FAQ questions, review items, versions, principles of the
    /// session's own set, participants.
    counts: [usize; 6],
    stage: Stage,
    own_principles: bool,
}

struct Draw<'a> {
    pool: &'a Pool,
    text: usize,
    number: usize,
}

impl Draw<'_> {
    fn text(&mut self) -> String {
        self.text += 1;
        self.pool.texts[self.text % self.pool.texts.len()].clone()
    }

    fn number(&mut self) -> u64 {
        self.number += 1;
        self.pool.numbers[self.number % self.pool.numbers.len()]
    }

    fn pick<T: Clone>(&mut self, from: &[T]) -> T {
        let at = usize::try_from(self.number() % from.len() as u64).unwrap_or(0);
        from[at].clone()
    }

    fn maybe(&mut self) -> bool {
        self.number().is_multiple_of(2)
    }

    /// An id: mostly the well-formed kind the app makes, sometimes anything.
    fn id(&mut self, prefix: &str, n: usize) -> String {
        if self.number().is_multiple_of(4) { self.text() } else { format!("{prefix}{n}") }
    }
}

fn pool() -> impl Strategy<Value = Pool> {
    (
        vec(hostile_text(), 24..48),
        vec(edgy_number(), 32..64),
        (0..6usize, 0..6usize, 0..12usize, 0..4usize, 0..4usize, 0..5usize),
        select(Stage::ALL.to_vec()),
        any::<bool>(),
    )
        .prop_map(
            |(texts, numbers, (external, internal, items, versions, principles, people), stage, own_principles)| Pool {
                texts,
                numbers,
                counts: [external, internal, items, versions, principles, people],
                stage,
                own_principles,
            },
        )
}

/// A session with every text drawn from the pool: no text is off limits, ids and
/// references are sometimes dangling, numbers sit at their limits.
fn session_from(pool: &Pool) -> Session {
    let mut draw = Draw { pool, text: 0, number: 0 };
    let [external, internal, items, versions, principles_in_set, people] = pool.counts;
    let principles = if pool.own_principles {
        PrincipleSet {
            set: draw.text(),
            items: (0..principles_in_set)
                .map(|n| Principle {
                    id: draw.id("p", n),
                    name: draw.text(),
                    summary: draw.text(),
                    extra: Default::default(),
                })
                .collect(),
            extra: Default::default(),
        }
    } else {
        PrincipleSet::amazon()
    };
    let mut session = Session::new(draw.text(), draw.text(), draw.text(), principles);
    session.updated_at = draw.text();
    session.facilitator = draw.text();
    session.participants = (0..people).map(|_| draw.text()).collect();
    session.stage = pool.stage;
    for question in CustomerQuestion::ALL {
        let answer = session.customer.answer_mut(question);
        answer.text = draw.text();
        answer.confidence = draw.pick(&Confidence::ALL);
    }
    for section in Section::ALL {
        *session.press_release.section_mut(section) = draw.text();
    }
    for (part, count) in [(0, external), (1, internal)] {
        for n in 0..count {
            let entry =
                FaqEntry { id: draw.id("q", n), question: draw.text(), answer: draw.text(), extra: Default::default() };
            if part == 0 { session.faq.external.push(entry) } else { session.faq.internal.push(entry) }
        }
    }
    let principle_ids: Vec<String> = session.principles.items.iter().map(|p| p.id.clone()).collect();
    for n in 0..items {
        let mut item = ReviewItem::new(draw.id("r", n), draw.pick(&ReviewKind::ALL), draw.text());
        item.text = draw.text();
        item.author = draw.text();
        item.votes = u32::try_from(draw.number()).unwrap_or(u32::MAX);
        let places = session.places();
        item.about = match draw.number() % 4 {
            0 => None,
            1 => Some(About::Other(draw.text())),
            2 => Some(About::Faq(draw.text())),
            _ => Some(draw.pick(&places)),
        };
        item.outcome = draw.maybe().then(|| draw.pick(&Outcome::ALL));
        item.owner = draw.maybe().then(|| draw.text());
        item.due = draw.maybe().then(|| draw.text());
        item.resources = draw.maybe().then(|| draw.text());
        for _ in 0..draw.number() % 4 {
            let principle =
                if draw.maybe() && !principle_ids.is_empty() { draw.pick(&principle_ids) } else { draw.text() };
            item.principles.push(principle);
        }
        session.review.items.push(item);
    }
    if draw.maybe() {
        session.review.verdict = Some(Verdict {
            decision: draw.pick(&VerdictDecision::ALL),
            reason: draw.text(),
            extra: Default::default(),
        });
    }
    let item_ids: Vec<String> = session.review.items.iter().map(|i| i.id.clone()).collect();
    for n in 0..versions {
        let mut press_release = session.press_release.clone();
        *press_release.section_mut(draw.pick(&Section::ALL)) = draw.text();
        let addresses = (0..draw.number() % 3)
            .map(|_| if draw.maybe() && !item_ids.is_empty() { draw.pick(&item_ids) } else { draw.text() })
            .collect();
        session.iterations.push(Iteration {
            number: if draw.maybe() { u32::try_from(n + 1).unwrap_or(u32::MAX) } else { draw.number() as u32 },
            created_at: draw.text(),
            note: draw.text(),
            addresses,
            customer: session.customer.clone(),
            press_release,
            faq: session.faq.clone(),
            extra: Default::default(),
        });
    }
    for stage in Stage::ALL {
        *session.timeboxes.minutes.get_mut(stage) = draw.number();
        *session.timeboxes.spent_seconds.get_mut(stage) = draw.number();
    }
    session
}

/// Keys a facilitator might press anywhere: every command of every screen, moving,
/// typing, and a few odd ones.
fn key() -> impl Strategy<Value = KeyEvent> {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let codes = vec![
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::F(1),
    ];
    prop_oneof![
        3 => select("1234[]jkaAotrgcPTspmRvVdx?+- nyf/".chars().collect::<Vec<_>>()).prop_map(move |c| plain(KeyCode::Char(c))),
        2 => select(codes).prop_map(plain),
        1 => select(vec!['z', 'y', 'u', 's', 'c', 'm']).prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
        1 => any::<char>().prop_map(move |c| plain(KeyCode::Char(c))),
    ]
}

#[derive(Debug, Clone)]
enum Input {
    Key(KeyEvent),
    Paste(String),
    /// Time passes: timers run, autosave comes due.
    Wait(u64),
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        8 => key().prop_map(Input::Key),
        1 => hostile_text().prop_map(Input::Paste),
        1 => prop_oneof![0..120u64, Just(u64::from(u32::MAX))].prop_map(Input::Wait),
    ]
}

/// The app with the session open, and the list holding it and an unreadable file whose
/// name and reason are hostile too. Effects are never performed: no file is touched.
fn app_with(session: Session, read_only: bool, hostile: &str, base: Instant) -> App {
    let folder = PathBuf::from("sessions");
    let path = folder.join(format!("{hostile}.json"));
    let access = if read_only { Access::ReadOnly(hostile.to_owned()) } else { Access::ReadWrite };
    let mut app = App::new(folder.clone(), base, PrincipleSet::amazon());
    app.list.listing = Listing {
        entries: vec![
            Entry::Session { path: path.clone(), summary: Box::new(Summary::of(&session, &access)) },
            Entry::Unreadable { path: folder.join(format!("{hostile}.broken.json")), reason: hostile.to_owned() },
        ],
    };
    app.screen = Screen::Session(Box::new(SessionView::new(session, path, None, access)));
    app
}

fn press(app: &mut App, inputs: &[Input], base: Instant) {
    let mut elapsed = Duration::ZERO;
    for input in inputs {
        let now = Now {
            instant: base + elapsed,
            timestamp: "2026-03-03T09:00:00Z".to_owned(),
            ulid: ulid::Ulid::from_parts(elapsed.as_millis() as u64, inputs.len() as u128),
        };
        let action = match input {
            Input::Key(key) => action_for(*key, app),
            Input::Paste(text) => Some(backwards::app::Action::Paste(text.clone())),
            Input::Wait(seconds) => {
                elapsed += Duration::from_secs(*seconds);
                Some(backwards::app::Action::Tick)
            }
        };
        if let Some(action) = action {
            update(app, action, &now);
        }
    }
}

/// Draws the app on a terminal of this size; returns every cell's symbol.
fn render(app: &App, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|frame| backwards::ui::render(frame, app)).expect("draw");
    terminal.backend().buffer().content().iter().map(|cell| cell.symbol().to_owned()).collect()
}

fn assert_clean_cells(cells: &[String]) {
    for symbol in cells {
        assert!(unsafe_chars(symbol).is_empty() && !symbol.contains(['\n', '\t']), "a cell holds {symbol:?}");
    }
}

fn assert_safe_export(session: &Session) {
    let document = markdown(session);
    assert!(unsafe_chars(&document).is_empty(), "the export holds {:?}", unsafe_chars(&document));
    let stem = file_stem(session);
    assert!(!stem.is_empty() && stem.len() <= 60, "{stem:?}");
    assert!(stem.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{stem:?}");
    assert!(!stem.starts_with('-') && !stem.ends_with('-'), "{stem:?}");
}

/// Every place a JSON value holds, as a JSON pointer.
fn pointers(value: &Value, at: String, found: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{index}"), found);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                pointers(item, format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), found);
            }
        }
        _ => {}
    }
    found.push(at);
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(Value::from(u64::MAX)),
        any::<f64>().prop_map(Value::from),
        hostile_text().prop_map(Value::from),
        select(vec!["customer", "review", "decision", "revise", "go", "observed", "faq.q1", "draft"])
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            btree_map("[a-z_]{1,10}", inner, 0..4).prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum ByteEdit {
    Truncate(usize),
    Remove(usize, usize),
    Insert(usize, &'static [u8]),
    Flip(usize, u8),
    Repeat(usize, usize),
}

/// Bytes that change what JSON means where they land.
const JSON_BYTES: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b",",
    b":",
    b"\\",
    b"null",
    b"-1",
    b"1e999",
    b"0.5",
    b"\"\\u0000\"",
    b"\\u001b",
    b"\\ud800",
    b"\xff",
    b"\xc3",
    b"\xe2\x80\xae",
    b"\r\n",
    b"\"x\":",
    b"[[[[[[[[",
    b"\xef\xbb\xbf",
];

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        any::<usize>().prop_map(ByteEdit::Truncate),
        (any::<usize>(), 0..64usize).prop_map(|(at, len)| ByteEdit::Remove(at, len)),
        (any::<usize>(), select(JSON_BYTES)).prop_map(|(at, bytes)| ByteEdit::Insert(at, bytes)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| ByteEdit::Flip(at, byte)),
        (any::<usize>(), 0..256usize).prop_map(|(at, len)| ByteEdit::Repeat(at, len)),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    let at = |n: usize, bytes: &Vec<u8>| n % (bytes.len() + 1);
    match *edit {
        ByteEdit::Truncate(n) => bytes.truncate(at(n, bytes)),
        ByteEdit::Remove(n, len) => {
            let start = at(n, bytes);
            let end = (start + len).min(bytes.len());
            bytes.drain(start..end);
        }
        ByteEdit::Insert(n, inserted) => {
            let start = at(n, bytes);
            bytes.splice(start..start, inserted.iter().copied());
        }
        ByteEdit::Flip(n, byte) => {
            if !bytes.is_empty() {
                let index = n % bytes.len();
                bytes[index] ^= byte;
            }
        }
        ByteEdit::Repeat(n, len) => {
            let start = at(n, bytes);
            let end = (start + len).min(bytes.len());
            let copy = bytes[start..end].to_vec();
            bytes.splice(end..end, copy);
        }
    }
}

/// What loads is clean, saves to itself, and exports safely.
fn check_loaded(bytes: &[u8]) -> Option<Session> {
    let (session, access) = store::load_bytes(Path::new("fuzz.json"), bytes).ok()?;
    let saved = store::to_bytes(&session).expect("serialise");
    let value: Value = serde_json::from_slice(&saved).expect("saved as JSON");
    let mut strings = Vec::new();
    pointers(&value, String::new(), &mut strings);
    for pointer in strings {
        if let Some(Value::String(s)) = value.pointer(&pointer) {
            assert!(unsafe_chars(s).is_empty() || is_extra(&pointer), "{pointer}: {s:?}");
        }
    }
    if access == Access::ReadWrite {
        let (again, _) = store::load_bytes(Path::new("fuzz.json"), &saved).expect("what was saved loads");
        assert_eq!(again, session, "a load and a save change nothing more");
    }
    assert_safe_export(&session);
    Some(session)
}

/// Keys this version does not know are kept as written, not shown: only the known
/// fields must be clean.
fn is_extra(pointer: &str) -> bool {
    const KNOWN: &str = "schema_version id title created_at updated_at facilitator participants stage principles customer \
         press_release faq review iterations timeboxes set items name summary who problem benefit evidence \
         experience text confidence headline subheading solution leader_quote getting_started customer_quote \
         call_to_action external internal question answer kind author about votes outcome owner due resources \
         verdict decision reason number note addresses minutes spent_seconds iteration";
    pointer
        .split('/')
        .skip(1)
        .any(|part| part.parse::<usize>().is_err() && !KNOWN.split_whitespace().any(|k| k == part))
}

/// Cases per property: enough for every `cargo test` to try new inputs in a few seconds;
/// `PROPTEST_CASES=30000` makes a longer hunt.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(1024)))]

    #[test]
    fn any_bytes_load_or_fail_without_panicking(bytes in vec(any::<u8>(), 0..2048)) {
        check_loaded(&bytes);
    }

    #[test]
    fn any_edit_of_an_example_file_loads_clean_or_fails_without_panicking(
        example in 0..3usize,
        edits in vec(byte_edit(), 1..6),
    ) {
        let mut bytes = examples()[example % examples().len()].clone();
        for edit in &edits {
            apply(&mut bytes, edit);
        }
        check_loaded(&bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(512)))]

    #[test]
    fn any_value_anywhere_in_an_example_file_loads_clean_or_fails_without_panicking(
        example in 0..3usize,
        place in any::<prop::sample::Index>(),
        replacement in json_value(),
        size in (1..=300u16, 1..=100u16),
    ) {
        let mut value: Value = serde_json::from_slice(&examples()[example % examples().len()]).expect("JSON");
        let mut places = Vec::new();
        pointers(&value, String::new(), &mut places);
        let pointer = places[place.index(places.len())].clone();
        match value.pointer_mut(&pointer) {
            Some(target) => *target = replacement,
            None => value = replacement,
        }
        let bytes = serde_json::to_vec_pretty(&value).expect("JSON");
        if let Some(session) = check_loaded(&bytes) {
            let app = app_with(session, false, "fuzz", Instant::now());
            assert_clean_cells(&render(&app, size.0, size.1));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(512)))]

    #[test]
    fn any_session_exports_safely(pool in pool()) {
        assert_safe_export(&session_from(&pool));
    }

    #[test]
    fn any_session_renders_after_any_keys_at_any_size(
        pool in pool(),
        cleaned in any::<bool>(),
        read_only in any::<bool>(),
        inputs in vec(input(), 0..24),
        size in (1..=300u16, 1..=100u16),
    ) {
        let mut session = session_from(&pool);
        // A loaded session is always clean; a raw one must still never panic.
        if cleaned {
            session.sanitize();
        }
        let hostile = if cleaned { "fuzz" } else { pool.texts[0].as_str() };
        let base = Instant::now();
        let mut app = app_with(session, read_only, hostile, base);
        press(&mut app, &inputs, base);
        let cells = render(&app, size.0, size.1);
        if cleaned {
            assert_clean_cells(&cells);
        }
        if let Some(view) = app.session() {
            assert_safe_export(&view.session);
        }
    }
}

/// The sizes at the edges, every stage, every overlay a key opens, for the examples and
/// for sessions built from the worst pieces.
#[test]
fn every_screen_renders_at_the_extreme_sizes() {
    const SIZES: [(u16, u16); 8] = [(1, 1), (1, 100), (300, 1), (300, 100), (39, 11), (40, 12), (80, 24), (2, 30)];
    const SCRIPTS: &[&str] = &["", "?", "p", "c", "P", "s", "\n", "\nx", "t", "jjjj\n", "jjjjt", "m\n", "  "];
    let mut sessions: Vec<Session> =
        examples().iter().map(|bytes| store::load_bytes(Path::new("x.json"), bytes).expect("an example").0).collect();
    for seed in 0..2u64 {
        let pool = Pool {
            texts: PIECES.iter().map(|piece| piece.repeat(1 + seed as usize * 7)).collect(),
            numbers: vec![u64::MAX, 0, 1, 3, u64::from(u32::MAX), 2, 7, seed],
            counts: [5, 5, 11, 3, 3, 4],
            stage: Stage::Review,
            own_principles: seed == 1,
        };
        let mut session = session_from(&pool);
        session.sanitize();
        sessions.push(session);
    }
    let base = Instant::now();
    for session in &sessions {
        for stage in Stage::ALL {
            for script in SCRIPTS {
                let mut app = app_with(session.clone(), false, "edge", base);
                let digit = char::from_digit(u32::try_from(stage.number()).unwrap_or(1), 10).unwrap_or('1');
                let mut inputs = vec![Input::Key(KeyEvent::new(KeyCode::Char(digit), KeyModifiers::NONE))];
                inputs.extend(script.chars().map(|c| {
                    let code = if c == '\n' { KeyCode::Enter } else { KeyCode::Char(c) };
                    Input::Key(KeyEvent::new(code, KeyModifiers::NONE))
                }));
                press(&mut app, &inputs, base);
                for (width, height) in SIZES {
                    assert_clean_cells(&render(&app, width, height));
                }
            }
        }
        let mut app = app_with(session.clone(), false, "edge", base);
        app.screen = Screen::List;
        for script in ["", "?", "c", "f", "d", "n", "/"] {
            let inputs: Vec<Input> =
                script.chars().map(|c| Input::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))).collect();
            press(&mut app, &inputs, base);
            for (width, height) in SIZES {
                assert_clean_cells(&render(&app, width, height));
            }
            press(&mut app, &[Input::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE))], base);
        }
    }
}
