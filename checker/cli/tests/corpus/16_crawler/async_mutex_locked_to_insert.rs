//! Expect: solved
//! Keeps the tasks and swaps in tokio's `Mutex`, but locks it only to file the page, after the download.

use std::collections::BTreeMap;
use std::sync::Arc;

use stand_ins::fetch_url;
use tokio::sync::Mutex;

pub type Pages = BTreeMap<String, Result<String, String>>;

pub async fn crawl(urls: Vec<String>) -> Pages {
    let pages = Arc::new(Mutex::new(Pages::new()));
    let mut tasks = Vec::new();
    for url in urls {
        let pages = Arc::clone(&pages);
        tasks.push(tokio::spawn(async move {
            let page = fetch_url(&url).await;
            pages.lock().await.insert(url, page);
        }));
    }
    for task in tasks {
        task.await.expect("a download task panicked");
    }
    let pages = pages.lock().await;
    pages.clone()
}
