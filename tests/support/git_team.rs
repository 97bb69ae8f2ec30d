//! Two clones of one sessions repository, "origin" and "clone", with Backwards
//! registered as the merge driver: real git, real commits. For tests of teams through git.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

use backwards::domain::{ReviewItem, ReviewKind, Session};
use backwards::store;

const BACKWARDS: &str = env!("CARGO_BIN_EXE_backwards");

pub fn git_missing() -> bool {
    let missing = Command::new("git").arg("--version").output().is_err();
    if missing {
        eprintln!("SKIPPED: git is not installed, and these tests need real git");
    }
    missing
}

/// A repository "origin" holding one session, and a clone of it: "mine" is origin,
/// "theirs" the clone, both with the driver registered.
pub struct Team {
    pub root: tempfile::TempDir,
    pub id: String,
}

impl Team {
    pub fn new() -> Self {
        let root = tempfile::tempdir().unwrap();
        let team = Team { root, id: String::new() };
        std::fs::create_dir_all(team.clone_dir("origin").join("sessions")).unwrap();
        team.git("origin", &["init", "-q"]);
        let created = team.backwards("origin", &["new", "Kids reader"]);
        let id = String::from_utf8(created.stdout).unwrap().split('\t').next().unwrap().to_owned();
        let team = Team { id, ..team };
        team.edit("origin", |s| {
            s.press_release.problem = "Kids stop reading alone at night because the books are too hard.".into();
            s.press_release.headline = "Read with me".into();
            let mut item = ReviewItem::new("r1".into(), ReviewKind::Question, "2026-03-01T09:00:00Z".into());
            item.text = "Who pays?".into();
            item.votes = 2;
            s.review.items.push(item);
        });
        let setup = team.backwards("origin", &["git-setup"]);
        assert!(setup.status.success(), "{}", text(&setup.stderr));
        assert!(text(&setup.stdout).contains(".gitattributes"), "{}", text(&setup.stdout));
        team.commit("origin", "a session");
        team.git("", &["clone", "-q", "origin", "clone"]);
        assert!(team.backwards("clone", &["git-setup"]).status.success());
        team
    }

    pub fn clone_dir(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    pub fn file(&self, clone: &str) -> PathBuf {
        self.clone_dir(clone).join("sessions").join(format!("{}.json", self.id))
    }

    pub fn command(&self, program: &str, clone: &str) -> Command {
        let mut command = Command::new(program);
        command
            .current_dir(self.clone_dir(clone))
            .env("GIT_CONFIG_GLOBAL", self.root.path().join("gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Ana")
            .env("GIT_AUTHOR_EMAIL", "ana@example.com")
            .env("GIT_COMMITTER_NAME", "Ana")
            .env("GIT_COMMITTER_EMAIL", "ana@example.com")
            .env("BACKWARDS_DIR", self.clone_dir(clone).join("sessions"))
            .env("BACKWARDS_STATE_DIR", self.root.path().join(format!("state-{clone}")))
            .env("BACKWARDS_CONFIG_DIR", self.root.path().join("config"))
            .env("NO_COLOR", "1");
        command
    }

    pub fn git(&self, clone: &str, args: &[&str]) -> Output {
        let output = self.command("git", clone).args(args).output().unwrap();
        assert!(output.status.success(), "git {args:?}: {}{}", text(&output.stdout), text(&output.stderr));
        output
    }

    pub fn backwards(&self, clone: &str, args: &[&str]) -> Output {
        self.command(BACKWARDS, clone).args(args).output().unwrap()
    }

    pub fn edit(&self, clone: &str, change: impl FnOnce(&mut Session)) {
        let loaded = store::load(&self.file(clone)).unwrap();
        let mut session = loaded.session;
        change(&mut session);
        store::save(&self.file(clone), &session, Some(loaded.fingerprint)).unwrap();
    }

    pub fn commit(&self, clone: &str, message: &str) {
        self.git(clone, &["add", "-A"]);
        self.git(clone, &["commit", "-q", "-m", message]);
    }

    /// Origin and the clone each commit their edit; the clone pulls.
    pub fn both_edit(&self, mine: impl FnOnce(&mut Session), theirs: impl FnOnce(&mut Session)) -> Output {
        self.edit("origin", mine);
        self.commit("origin", "origin's edit");
        self.edit("clone", theirs);
        self.commit("clone", "the clone's edit");
        self.command("git", "clone").args(["-c", "pull.rebase=false", "pull", "-q", "--no-edit"]).output().unwrap()
    }

    pub fn merged(&self) -> Session {
        store::load(&self.file("clone")).expect("the merged file loads").session
    }
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
