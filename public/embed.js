// Sizes embedded news-corpus explorers to their content. Include it once in the page that holds
// the iframes: <script src="https://YOU.github.io/REPO/embed.js" defer></script>
// Each explorer in embed mode posts its height; only the iframe that sent a message is resized.
// Without this script the iframes keep the height the page gave them and scroll inside.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'news-explorer:height' || !Number.isFinite(data.height)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = Math.min(Math.max(Math.ceil(data.height), 120), 20000) + 'px';
    }
  }
});
