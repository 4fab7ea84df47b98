/*
 * Crosslingual results dashboard: optional helper for pages that embed a chart.
 * Include once, anywhere on the page:  <script src="https://<dashboard>/embed.js" async></script>
 * It listens for the height messages that embedded charts send and sizes their iframes,
 * so a chart never scrolls inside its frame. Without it, iframes keep their own height.
 */
(function () {
  'use strict';
  if (window.__crosslingualEmbed) return;
  window.__crosslingualEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'crosslingual-embed:height' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + 'px';
        return;
      }
    }
  });
})();
