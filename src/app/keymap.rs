//! Which key means what, where: one table of bindings (`bindings.rs`) read three ways.
//! `action_for` turns a key into an action, the footer shows the rows that apply now,
//! and help and the README list them; all three ask the same row the same question, so
//! no key works unseen and no key is offered where it does nothing.

use std::sync::LazyLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::bindings::bindings;
use super::{Action, App, Overlay, Screen};

/// Where a binding applies: a screen, a mode or an overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Before any other: the keys that work whatever is open.
    Anywhere,
    List,
    Filtering,
    Session,
    Editing,
    Reading,
    Help,
    NewTitle,
    ConfirmDelete,
    ConfirmDeleteItem,
    ConfirmRestore,
    SilentReading,
    Picker,
    Verdict,
    People,
    Snapshot,
    /// A comparison or the presenter view.
    Scrolling,
    Coverage,
    OutsideChange,
    Recovery,
    Capture,
    Conflicts,
    Decisions,
    /// Typing words into the decisions log's filter.
    DecisionsFilter,
    Agenda,
    ImportPath,
    ImportReport,
    Notes,
}

impl Place {
    /// In the order the README lists them.
    pub const ALL: [Place; 28] = [
        Place::Anywhere,
        Place::List,
        Place::Filtering,
        Place::Session,
        Place::Editing,
        Place::Reading,
        Place::Help,
        Place::NewTitle,
        Place::ConfirmDelete,
        Place::ConfirmDeleteItem,
        Place::ConfirmRestore,
        Place::SilentReading,
        Place::Picker,
        Place::Verdict,
        Place::People,
        Place::Snapshot,
        Place::Scrolling,
        Place::Coverage,
        Place::OutsideChange,
        Place::Recovery,
        Place::Capture,
        Place::Conflicts,
        Place::Decisions,
        Place::DecisionsFilter,
        Place::Agenda,
        Place::ImportPath,
        Place::ImportReport,
        Place::Notes,
    ];

    /// The heading of its keys in help.
    pub fn title(self) -> &'static str {
        match self {
            Place::Anywhere => "Anywhere",
            Place::List => "The list of sessions",
            Place::Filtering => "Filtering the list",
            Place::Session => "In the session",
            Place::Editing => "Editing a field",
            Place::Reading => "Reading a field",
            Place::Help => "This help",
            Place::NewTitle => "A session's title (new or renamed)",
            Place::ConfirmDelete => "Deleting a session",
            Place::ConfirmDeleteItem => "Deleting a review item or a FAQ question",
            Place::ConfirmRestore => "Restoring a version",
            Place::SilentReading => "Entering the review",
            Place::Picker => "Picking from a list",
            Place::Verdict => "The verdict",
            Place::People => "The people in the room",
            Place::Snapshot => "Freezing a version",
            Place::Scrolling => "A comparison or the presenter view",
            Place::Coverage => "The coverage chart",
            Place::OutsideChange => "The file changed on disk",
            Place::Recovery => "A recovery copy on offer",
            Place::Capture => "A review item in one line",
            Place::Conflicts => "Merge conflicts to resolve",
            Place::Decisions => "The decisions log",
            Place::DecisionsFilter => "Filtering the decisions log",
            Place::Agenda => "The agenda",
            Place::ImportPath => "The path of a document to import",
            Place::ImportReport => "What an import put where",
            Place::Notes => "The coach's notes on the draft",
        }
    }
}

/// Which modifiers a key is pressed with. Shift is part of typing `?` or `A`, so it
/// never decides; a plain key pressed with Ctrl or Alt is another key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mods {
    Plain,
    Ctrl,
    Alt,
}

/// What keys a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    Key(KeyCode, Mods),
    /// Any character typed without Ctrl: typing into a line.
    Typed,
    /// Every key no earlier row took: the text editor's own keys.
    Any,
}

impl Pattern {
    fn matches(self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match self {
            Pattern::Key(code, mods) => {
                code == key.code
                    && match mods {
                        Mods::Plain => !ctrl && !alt,
                        Mods::Ctrl => ctrl && !alt,
                        Mods::Alt => alt && !ctrl,
                    }
            }
            Pattern::Typed => matches!(key.code, KeyCode::Char(_)) && !ctrl,
            Pattern::Any => true,
        }
    }
}

/// How a binding shows in the footer, which has room for a few: lower ranks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Footer {
    /// Only in help.
    No,
    Yes(u8),
    /// In the footer with fewer words than help gives it.
    Short(u8, &'static str, &'static str),
}

/// What a binding makes of the key.
#[derive(Clone, Copy)]
pub enum Act {
    Key(fn(KeyEvent) -> Action),
    Char(fn(char) -> Action),
    /// A line of explanation in help, answering no key.
    Note,
}

/// One row of the table: where it applies, the keys, the action, the words shown.
#[derive(Clone)]
pub struct Binding {
    pub place: Place,
    pub keys: Vec<Pattern>,
    /// The keys as help names them.
    pub shown: &'static str,
    pub does: &'static str,
    pub footer: Footer,
    /// Whether the row applies in this state; the keymap, footer and help all ask it.
    pub when: fn(&App) -> bool,
    pub act: Act,
}

impl Binding {
    /// The action for this key, when the row takes it.
    pub fn act_on(&self, key: KeyEvent) -> Option<Action> {
        if !self.keys.iter().any(|pattern| pattern.matches(key)) {
            return None;
        }
        match (self.act, key.code) {
            (Act::Key(act), _) => Some(act(key)),
            (Act::Char(act), KeyCode::Char(c)) => Some(act(c)),
            _ => None,
        }
    }

    fn hint(&self) -> KeyHint {
        KeyHint { keys: self.shown, does: self.does }
    }
}

/// A key and what it does, as the footer and help show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyHint {
    pub keys: &'static str,
    pub does: &'static str,
}

/// The keys of one screen or mode, under a heading, for the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpSection {
    pub title: &'static str,
    pub hints: Vec<KeyHint>,
}

/// The way to every other key: the footer keeps it when it has room for nothing else.
pub const HELP: KeyHint = KeyHint { keys: "?", does: "help" };

static TABLE: LazyLock<Vec<Binding>> = LazyLock::new(|| [bindings(), super::bindings_team::rows()].concat());

/// Every binding, in the order the keymap tries them.
pub fn table() -> &'static [Binding] {
    &TABLE
}

/// Where the keys go now: the overlay on top, else the screen's mode.
pub fn place_of(app: &App) -> Place {
    match &app.overlay {
        Some(overlay) => overlay_place(overlay),
        None => screen_place(app),
    }
}

fn overlay_place(overlay: &Overlay) -> Place {
    match overlay {
        Overlay::Help { .. } => Place::Help,
        Overlay::NewTitle(_) | Overlay::Rename { .. } => Place::NewTitle,
        Overlay::ConfirmDelete { .. } => Place::ConfirmDelete,
        Overlay::ConfirmDeleteItem { .. } => Place::ConfirmDeleteItem,
        Overlay::ConfirmDeleteQuestion { .. } => Place::ConfirmDeleteItem,
        Overlay::Capture(_) => Place::Capture,
        Overlay::ConfirmRestore { .. } => Place::ConfirmRestore,
        Overlay::OfferSilentReading => Place::SilentReading,
        Overlay::Picker(_) => Place::Picker,
        Overlay::Verdict(_) => Place::Verdict,
        Overlay::People(_) => Place::People,
        Overlay::Snapshot(_) => Place::Snapshot,
        Overlay::Diff(_) | Overlay::Presenter(_) => Place::Scrolling,
        Overlay::Coverage(_) => Place::Coverage,
        Overlay::OutsideChange(_) => Place::OutsideChange,
        Overlay::OfferRecovery => Place::Recovery,
        Overlay::Conflicts(_) => Place::Conflicts,
        Overlay::Decisions(log) if log.filtering => Place::DecisionsFilter,
        Overlay::Decisions(_) => Place::Decisions,
        Overlay::Agenda(_) => Place::Agenda,
        Overlay::ImportPath(_) => Place::ImportPath,
        Overlay::ImportReport { .. } => Place::ImportReport,
        Overlay::Notes(_) => Place::Notes,
    }
}

fn screen_place(app: &App) -> Place {
    match &app.screen {
        Screen::List if app.list.filtering => Place::Filtering,
        Screen::List => Place::List,
        Screen::Session(view) => match &view.editor {
            Some(editor) if editor.writable => Place::Editing,
            Some(_) => Place::Reading,
            None => Place::Session,
        },
    }
}

/// What a key press means here and now; None when it means nothing.
pub fn action_for(key: KeyEvent, app: &App) -> Option<Action> {
    let action = binding_for(key, app)?.act_on(key)?;
    let shows_how_to_quit_only = app.too_small && !matches!(action, Action::SaveAndQuit);
    (!shows_how_to_quit_only).then_some(action)
}

/// The row that takes this key here and now: the first that applies and answers to it.
pub fn binding_for(key: KeyEvent, app: &App) -> Option<&'static Binding> {
    let place = place_of(app);
    table()
        .iter()
        .filter(|b| b.place == Place::Anywhere || b.place == place)
        .find(|b| (b.when)(app) && b.act_on(key).is_some())
}

/// The rows of `place` that apply now and take at least one key no row before them
/// took (the Anywhere rows come first), and its notes: what help lists.
pub fn listed(place: Place, app: &App) -> Vec<&'static Binding> {
    let mut claimed: Vec<Pattern> = Vec::new();
    let mut rows = Vec::new();
    for binding in table().iter().filter(|b| b.place == Place::Anywhere || b.place == place) {
        if !(binding.when)(app) {
            continue;
        }
        let free = matches!(binding.act, Act::Note)
            || binding.keys.iter().any(|k| matches!(k, Pattern::Typed | Pattern::Any) || !claimed.contains(k));
        claimed.extend(binding.keys.iter().copied());
        if free && binding.place == place {
            rows.push(binding);
        }
    }
    rows
}

/// The keys that work now, most useful first: what the footer shows, as room allows.
pub fn key_hints(app: &App) -> Vec<KeyHint> {
    let place = place_of(app);
    let mut rows: Vec<&Binding> = listed(place, app);
    // While typing, saving and quitting are the keys to know; elsewhere the footer has
    // better uses for its room, and help lists them.
    if matches!(place, Place::Editing | Place::Reading) {
        rows.extend(listed(Place::Anywhere, app));
    }
    let mut ranked: Vec<(u8, KeyHint)> = rows
        .into_iter()
        .filter_map(|b| match b.footer {
            Footer::No => None,
            Footer::Yes(rank) => Some((rank, b.hint())),
            Footer::Short(rank, keys, does) => Some((rank, KeyHint { keys, does })),
        })
        .collect();
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked.into_iter().map(|(_, hint)| hint).collect()
}

/// Every key of the screen under any overlay, the mode in use first: what help lists.
pub fn help_sections(app: &App) -> Vec<HelpSection> {
    let places = match &app.screen {
        Screen::List if app.list.filtering => vec![Place::Filtering],
        Screen::List => vec![Place::List],
        Screen::Session(view) => match &view.editor {
            Some(editor) if editor.writable => vec![Place::Editing, Place::Session],
            Some(_) => vec![Place::Reading, Place::Session],
            None if view.read_only_reason().is_some() => vec![Place::Session, Place::Reading],
            None => vec![Place::Session, Place::Editing],
        },
    };
    let mut sections: Vec<HelpSection> = places
        .into_iter()
        .map(|place| HelpSection {
            title: place.title(),
            hints: listed(place, app).into_iter().map(Binding::hint).collect(),
        })
        .collect();
    // The keys that work anywhere close the section of the mode in use.
    if let Some(first) = sections.first_mut() {
        first.hints.extend(listed(Place::Anywhere, app).into_iter().map(Binding::hint));
    }
    sections.retain(|section| !section.hints.is_empty());
    sections
}

/// The README's table of keys, made from the bindings: one row per binding.
pub fn readme_table() -> String {
    let mut out = String::from("| where | key | does |\n| --- | --- | --- |\n");
    for place in Place::ALL {
        // A key whose words change with the state (`n` "new" or "new session") is one
        // row of the README, its meanings joined.
        let mut rows: Vec<(&str, Vec<&str>)> = Vec::new();
        for binding in table().iter().filter(|b| b.place == place && !matches!(b.act, Act::Note)) {
            match rows.iter_mut().find(|(keys, _)| *keys == binding.shown) {
                Some((_, meanings)) if !meanings.contains(&binding.does) => meanings.push(binding.does),
                Some(_) => {}
                None => rows.push((binding.shown, vec![binding.does])),
            }
        }
        let cell = |text: &str| text.replace('|', "\\|");
        for (keys, meanings) in rows {
            let does = meanings.join("; ");
            out.push_str(&format!("| {} | {} | {} |\n", place.title().to_lowercase(), cell(keys), cell(&does)));
        }
    }
    out
}
