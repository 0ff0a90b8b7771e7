//! Expect: solved
//! Shares no map at all: each task sends its url and page down a channel, and the crawler files them as they come.

use std::collections::BTreeMap;

use stand_ins::fetch_url;
use tokio::sync::mpsc;

pub type Pages = BTreeMap<String, Result<String, String>>;

pub async fn crawl(urls: Vec<String>) -> Pages {
    let (sender, mut receiver) = mpsc::unbounded_channel();
    for url in urls {
        let sender = sender.clone();
        tokio::spawn(async move {
            let page = fetch_url(&url).await;
            let _ = sender.send((url, page));
        });
    }
    drop(sender);
    let mut pages = Pages::new();
    while let Some((url, page)) = receiver.recv().await {
        pages.insert(url, page);
    }
    pages
}
