//! The content index as the runner builds it: with the words the list already read, and
//! one at a time. On a first start the index from the first frame is still being built
//! when `/` asks for one; a second, started then, found no index file yet and parsed
//! every session again, on the cores the first one needed.

use std::path::PathBuf;
use std::sync::mpsc;

use crate::app::Action;
use crate::store::{self, Paths, WordsRead};
use crate::tui_incoming::Incoming;

#[derive(Default)]
pub(crate) struct ContentIndexing {
    /// The words of the sessions the list parsed, until an index takes them.
    words_read: WordsRead,
    /// An index is being built on a thread.
    running: bool,
    /// One was asked for while it ran: the list may have changed since it started.
    again: bool,
}

impl ContentIndexing {
    pub(crate) fn listed(&mut self, words: WordsRead) {
        self.words_read.extend(words);
    }

    /// Indexes these files: in place without a `background` (the tests), else on a
    /// thread whose result comes back through the loop's queue. None when it went to a
    /// thread, or waits for the one running.
    pub(crate) fn start(
        &mut self,
        paths: &Paths,
        files: Vec<PathBuf>,
        background: Option<&mpsc::Sender<Incoming>>,
    ) -> Option<Action> {
        let Some(sender) = background.cloned() else {
            return Some(Action::ContentIndexed(store::index_content(paths, &files, self.take_words())));
        };
        if self.running {
            self.again = true;
            return None;
        }
        self.running = true;
        let (paths, words) = (paths.clone(), self.take_words());
        std::thread::spawn(move || {
            let indexed = store::index_content(&paths, &files, words);
            let _ = sender.send(Incoming::Finished(Action::ContentIndexed(indexed)));
        });
        None
    }

    /// The thread's index has come back; says whether another was asked for meanwhile.
    pub(crate) fn finished(&mut self) -> bool {
        self.running = false;
        std::mem::take(&mut self.again)
    }

    fn take_words(&mut self) -> WordsRead {
        std::mem::take(&mut self.words_read)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn an_index_asked_for_while_one_runs_waits_for_it_and_then_runs_once() {
        let (_root, paths) = Paths::temporary();
        let (sender, results) = mpsc::channel();
        let mut indexing = ContentIndexing::default();
        assert!(indexing.start(&paths, Vec::new(), Some(&sender)).is_none());
        assert!(indexing.start(&paths, Vec::new(), Some(&sender)).is_none());
        assert!(indexing.start(&paths, Vec::new(), Some(&sender)).is_none());
        assert!(matches!(results.recv_timeout(Duration::from_secs(10)), Ok(Incoming::Finished(_))));
        assert!(results.recv_timeout(Duration::from_millis(300)).is_err(), "no second thread");
        assert!(indexing.finished(), "asked for again while it ran");
        assert!(!indexing.finished());
    }

    #[test]
    fn without_a_thread_the_index_comes_back_at_once() {
        let (_root, paths) = Paths::temporary();
        let mut indexing = ContentIndexing::default();
        assert!(matches!(indexing.start(&paths, Vec::new(), None), Some(Action::ContentIndexed(_))));
        assert!(!indexing.finished());
    }
}
