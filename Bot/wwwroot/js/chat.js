// The help launcher and chat panel: loads Web Chat, connects it to the bot the way the app's
// config says (built-in Direct Line or Azure) and keeps keyboard focus where a customer expects it.
(() => {
  'use strict';

  const launcher = document.getElementById('chat-launcher');
  const panel = document.getElementById('chat-panel');
  const closeButton = document.getElementById('chat-close');
  const status = document.getElementById('chat-status');
  const host = document.getElementById('webchat');

  let started = null;

  const green = '#00843d';
  const styleOptions = {
    accent: green,
    bubbleFromUserBackground: green,
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleBorderRadius: 12,
    botAvatarInitials: 'V',
    botAvatarBackgroundColor: green,
    hideUploadButton: true,
    sendBoxButtonColor: green,
    suggestedActionLayout: 'flow',
    suggestedActionBorderColor: green,
    suggestedActionTextColor: green,
    primaryFont: '"Segoe UI", Roboto, Arial, sans-serif'
  };

  const getJson = async (url, init) => {
    const response = await fetch(url, init);
    if (!response.ok) {
      throw new Error(`${url} answered ${response.status}`);
    }
    return response.json();
  };

  const loadScript = (src) => new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.appendChild(script);
  });

  const showStatus = (text) => { status.textContent = text; };

  const start = async () => {
    const config = await getJson('/api/webchat/config');
    await loadScript(config.bundleUrl);
    const { token } = await getJson(config.tokenUrl, { method: 'POST' });
    const directLine = window.WebChat.createDirectLine({
      token,
      domain: config.domain || `${location.origin}/v3/directline`,
      webSocket: config.webSocket
    });
    window.WebChat.renderWebChat({ directLine, locale: config.locale, styleOptions }, host);
  };

  // Web Chat renders its send box a moment after it is started.
  const focusSendBox = (triesLeft = 50) => {
    const input = host.querySelector('[data-id="webchat-sendbox-input"]');
    if (input) {
      input.focus();
    } else if (triesLeft > 0 && !panel.hidden) {
      setTimeout(() => focusSendBox(triesLeft - 1), 100);
    }
  };

  const open = () => {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    closeButton.focus();
    if (!started) {
      showStatus('Łączę z doradcą…');
      started = start().then(
        () => showStatus(''),
        () => {
          started = null;
          showStatus('Nie udało się połączyć z doradcą. Spróbuj ponownie za chwilę albo zadzwoń: 660 600 700.');
        });
    }
    started?.then(() => focusSendBox());
  };

  const close = () => {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  };

  launcher.addEventListener('click', () => (panel.hidden ? open() : close()));
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  });
})();
