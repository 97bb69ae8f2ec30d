//! Work spread over the machine's cores, for the store (listing, the content index), the
//! importer and the batch commands alike: none of them should depend on another for it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// Maps `work` over `items` on every core, the calling thread's included, and returns
/// the results in the items' order.
///
/// Each thread takes the next items when it is done with the last, rather than a fixed
/// share decided up front: files differ in size, and a share that happens to hold the
/// large ones would keep one core busy while the others wait. A thread takes an eighth
/// of its share of what is left at a time, down to one item at the end, so cheap items
/// (a stat each, for the list) do not all meet at one shared counter and no core waits
/// on a large claim at the end. Each item is moved to the thread that works on it, so
/// only the items being worked on are ever expanded at once (a path becomes a loaded
/// session on one thread, then is dropped).
pub fn on_every_core<T: Send, R: Send>(items: Vec<T>, work: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(items.len());
    if threads <= 1 {
        return items.into_iter().map(work).collect();
    }
    let count = items.len();
    let slots: Vec<Mutex<Option<T>>> = items.into_iter().map(|item| Mutex::new(Some(item))).collect();
    let next = AtomicUsize::new(0);
    let claim = || loop {
        let start = next.load(Ordering::Relaxed);
        if start >= count {
            return None;
        }
        let end = start + ((count - start) / (threads * 8)).max(1);
        if next.compare_exchange_weak(start, end, Ordering::Relaxed, Ordering::Relaxed).is_ok() {
            return Some(start..end);
        }
    };
    let take_turns = || {
        let mut done = Vec::new();
        while let Some(claimed) = claim() {
            for (index, slot) in claimed.clone().zip(&slots[claimed]) {
                // Each index is handed out once, so no two threads ever want the same
                // slot, and no lock is held while `work` runs: a panic in it poisons nothing.
                let item = slot.lock().unwrap_or_else(PoisonError::into_inner).take();
                if let Some(item) = item {
                    done.push((index, work(item)));
                }
            }
        }
        done
    };
    let finished = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(take_turns)).collect();
        let mut finished = take_turns();
        for helper in helpers {
            finished.extend(helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        finished
    });
    let mut ordered: Vec<Option<R>> = std::iter::repeat_with(|| None).take(count).collect();
    for (index, result) in finished {
        ordered[index] = Some(result);
    }
    ordered.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_order_of_the_items_however_long_each_takes() {
        let items: Vec<u64> = (0..300).collect();
        let results = on_every_core(items, |n| {
            // Every seventh item is slow, as a large file is.
            if n % 7 == 0 {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            n * 2
        });
        assert_eq!(results, (0..300).map(|n| n * 2).collect::<Vec<_>>());
    }

    #[test]
    fn no_items_and_one_item_need_no_thread() {
        assert_eq!(on_every_core(Vec::<u8>::new(), |n| n), Vec::<u8>::new());
        let caller = std::thread::current().id();
        assert_eq!(on_every_core(vec![1], |n| (n, std::thread::current().id() == caller)), [(1, true)]);
    }

    #[test]
    fn the_calling_thread_works_too() {
        let caller = std::thread::current().id();
        let slow = |_| {
            std::thread::sleep(std::time::Duration::from_millis(2));
            std::thread::current().id() == caller
        };
        assert!(on_every_core(vec![(); 64], slow).contains(&true));
    }

    #[test]
    #[should_panic(expected = "item 5")]
    fn a_panic_in_the_work_reaches_the_caller() {
        on_every_core((0..20).collect(), |n: i32| assert_ne!(n, 5, "item 5"));
    }
}
