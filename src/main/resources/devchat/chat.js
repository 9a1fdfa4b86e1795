// The local chat page: plays the Teams client. It posts activities shaped as Teams sends them to the
// bot's /api/messages, with this application's /dev/connector/ as their serviceUrl, and shows what the
// bot sends there (replies, proactive messages, card updates), which arrives as server-sent events.
'use strict';

(() => {
  const CARD = 'application/vnd.microsoft.card.adaptive';
  const serviceUrl = location.origin + '/dev/connector/';
  const $ = (id) => document.getElementById(id);

  const state = {
    world: null,
    user: null,
    view: null, // { id, channel } : the personal chat or a channel of the team
    entries: new Map(), // id -> { id, conversationId, threadId, fromBot, activity }
    elements: new Map(), // id -> the shown element of an entry in the current view
    unread: new Map(), // conversationId -> count
    replyTo: null, // thread id when replying in a channel
    ready: false,
    views: new Map(), // `${userId}|${entryId}` -> { base, card }: a card's refreshed view for one reader
    refreshing: new Set(), // the same keys, while their refresh is under way
  };

  // ---- what the bot sends ---------------------------------------------------------------------------

  function listen() {
    const events = new EventSource('/dev/chat/events');
    events.addEventListener('activity', (event) => received(JSON.parse(event.data)));
    events.addEventListener('ready', () => { state.ready = true; });
    events.onerror = () => status('Förbindelsen med appen bröts; försöker igen …');
    events.onopen = () => status(null);
  }

  function received(entry) {
    const known = state.entries.has(entry.id);
    state.entries.set(entry.id, entry);
    if (state.view && entry.conversationId === state.view.id) {
      known ? replaceShown(entry) : show(entry);
    }
    else if (!known && state.ready) {
      state.unread.set(entry.conversationId, (state.unread.get(entry.conversationId) || 0) + 1);
      renderNavigation();
    }
  }

  // ---- the fake Teams world -----------------------------------------------------------------------

  async function start() {
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = markdown(text);
      result.didProcess = true;
    };
    state.world = await (await fetch('/dev/chat/world')).json();
    const select = $('user');
    for (const user of state.world.users) {
      select.append(new Option(user.name, user.id));
    }
    select.addEventListener('change', () => switchUser(select.value));
    $('composer').addEventListener('submit', (event) => { event.preventDefault(); write(); });
    $('cancel-reply').addEventListener('click', () => replyIn(null));
    $('attach').addEventListener('click', () => $('file').click());
    $('file').addEventListener('change', () => {
      const chosen = $('file').files[0];
      $('attach').textContent = chosen ? `Bifogad: ${chosen.name}` : 'Bifoga fil';
    });
    $('task-close').addEventListener('click', closeDialog);
    const wanted = new URLSearchParams(location.search).get('user');
    switchUser(userById(wanted) ? wanted : state.world.users[0].id);
    listen();
    await announceInstallations();
  }

  function userById(id) {
    return state.world.users.find((user) => user.id === id || user.aadObjectId === id);
  }

  function channelById(id) {
    return state.world.team ? state.world.team.channels.find((channel) => channel.id === id) : undefined;
  }

  function switchUser(id) {
    state.user = userById(id);
    $('user').value = state.user.id;
    $('role').textContent = state.user.role || '';
    openView(state.user.personalConversationId);
  }

  function openView(conversationId) {
    const channel = channelById(conversationId);
    state.view = { id: conversationId, channel };
    state.unread.delete(conversationId);
    replyIn(null);
    $('title').textContent = channel
      ? `${state.world.team.name} › ${channel.name}`
      : `${state.user.name} i personlig chatt med ${state.world.botName}`;
    $('text').placeholder = channel
      ? `Skriv ett inlägg till @${state.world.botName}`
      : 'Skriv till Samverkansboten, t.ex. hjälp';
    renderNavigation();
    renderMessages();
  }

  function renderNavigation() {
    const nav = $('conversations');
    nav.replaceChildren();
    nav.append(navButton('Chatt med boten', state.user.personalConversationId));
    if (state.world.team && state.user.teamMember) {
      const heading = document.createElement('h2');
      heading.textContent = state.world.team.name;
      nav.append(heading);
      for (const channel of state.world.team.channels) {
        nav.append(navButton('# ' + channel.name, channel.id));
      }
    }
    for (const option of $('user').options) {
      const user = userById(option.value);
      const unread = state.unread.get(user.personalConversationId);
      option.textContent = unread && user !== state.user ? `${user.name} (${unread} nya)` : user.name;
    }
  }

  function navButton(label, conversationId) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.conversation = conversationId;
    button.className = state.view && state.view.id === conversationId ? 'current' : '';
    button.append(label);
    const unread = state.unread.get(conversationId);
    if (unread) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = unread;
      button.append(badge);
    }
    button.addEventListener('click', () => openView(conversationId));
    return button;
  }

  /**
   * As Teams does when the app is installed: installationUpdate and conversationUpdate (the bot as a
   * new member) in each person's personal chat and in the team's General channel. Once per start of
   * the application, so that the bot stores conversation references with this start's connector.
   */
  async function announceInstallations() {
    const world = state.world;
    const wanted = world.users.map((user) => user.personalConversationId);
    if (world.team) {
      wanted.push(world.team.id);
    }
    const fresh = await postJson('/dev/chat/installations', wanted);
    const bot = [{ id: world.botId, name: world.botName }];
    for (const user of world.users) {
      if (fresh.includes(user.personalConversationId)) {
        const chat = user.personalConversationId;
        await toBot(activity(user, 'installationUpdate', chat, { action: 'add' }));
        await toBot(activity(user, 'conversationUpdate', chat, { membersAdded: bot }));
      }
    }
    const by = world.users.find((user) => user.teamMember);
    if (world.team && by && fresh.includes(world.team.id)) {
      await toBot(activity(by, 'installationUpdate', world.team.id, { action: 'add' }));
      const added = activity(by, 'conversationUpdate', world.team.id, { membersAdded: bot });
      added.channelData.eventType = 'teamMemberAdded';
      await toBot(added);
    }
  }

  // ---- what the user sends ------------------------------------------------------------------------

  function activity(user, type, conversationId, extra) {
    const world = state.world;
    const channel = channelById(conversationId.split(';messageid=')[0]);
    const result = {
      type,
      id: newId(),
      timestamp: new Date().toISOString(),
      localTimestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl,
      locale: 'sv-SE',
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      recipient: { id: world.botId, name: world.botName },
      conversation: { id: conversationId, conversationType: channel ? 'channel' : 'personal', tenantId: world.tenantId },
      channelData: { tenant: { id: world.tenantId } },
      ...extra,
    };
    if (channel) {
      result.conversation.isGroup = true;
      result.channelData.team = { id: world.team.id, name: world.team.name };
      result.channelData.channel = { id: channel.id, name: channel.name };
    }
    return result;
  }

  function newId() {
    return 'u' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
  }

  async function write() {
    const input = $('text');
    const text = input.value.trim();
    const file = $('file').files[0];
    if (!text && !file) {
      return;
    }
    input.value = '';
    let attachments;
    if (file) {
      try {
        attachments = [await window.DevChatFiles.attach(file)];
      }
      catch (failed) {
        status('Filen kunde inte bifogas: ' + failed.message);
        return;
      }
      $('file').value = '';
      $('attach').textContent = 'Bifoga fil';
    }
    const view = state.view;
    let message;
    if (view.channel) {
      // The bot only hears channel messages that @mention it, as in Teams.
      const mention = `<at>${state.world.botName}</at>`;
      const extra = {
        text: `${mention} ${text}`,
        textFormat: 'xml',
        entities: [{ type: 'mention', text: mention, mentioned: { id: state.world.botId, name: state.world.botName } }],
      };
      const id = newId();
      const thread = state.replyTo || id;
      message = activity(state.user, 'message', `${view.id};messageid=${thread}`, { ...extra, id });
      if (state.replyTo) {
        message.replyToId = state.replyTo;
      }
    }
    else {
      message = activity(state.user, 'message', view.id, { text, textFormat: 'plain' });
    }
    if (attachments) {
      message.attachments = attachments;
    }
    await record(message);
    await toBot(message);
  }

  /** A card button, as Teams sends it: Action.Submit's data (with the inputs) as the message's value. */
  async function onCardAction(entry, action) {
    switch (action.getJsonTypeName()) {
      case 'Action.OpenUrl':
        window.open(action.url, '_blank', 'noopener');
        return;
      case 'Action.Submit': {
        const data = action.data;
        const msteams = data && typeof data === 'object' ? data.msteams : undefined;
        if (msteams && msteams.type === 'task/fetch') {
          await openDialog(entry, data);
          return;
        }
        let extra;
        let visible = false;
        if (msteams && msteams.type === 'imBack') {
          extra = { text: String(msteams.value) };
          visible = true;
        }
        else if (msteams && msteams.type === 'messageBack') {
          extra = { text: msteams.text, value: msteams.value };
          visible = Boolean(msteams.displayText);
        }
        else {
          extra = { value: data };
        }
        const conversationId = entry.threadId ? `${entry.conversationId};messageid=${entry.threadId}` : entry.conversationId;
        const message = activity(state.user, 'message', conversationId, { ...extra, replyToId: entry.id });
        message.channelData.postBack = true;
        if (visible) {
          await record(message);
        }
        await toBot(message);
        return;
      }
      case 'Action.Execute': {
        // Universal Actions: an adaptiveCard/action invoke; the card in its answer replaces the pressed
        // one for the one who pressed (others get the bot's updates), a text is shown to them alone.
        const conversationId = entry.threadId ? `${entry.conversationId};messageid=${entry.threadId}` : entry.conversationId;
        const invoke = activity(state.user, 'invoke', conversationId, {
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data } },
          replyToId: entry.id,
        });
        const answer = await invokeBot(invoke);
        if (answer && answer.type === CARD && answer.value) {
          const updated = { ...entry, activity: { ...entry.activity, attachments: [{ contentType: CARD, content: answer.value }] } };
          state.entries.set(entry.id, updated);
          replaceShown(updated);
        }
        else if (answer && typeof answer.value === 'string' && answer.value) {
          const note = {
            id: newId(),
            conversationId: entry.conversationId,
            threadId: entry.threadId,
            fromBot: true,
            onlyYou: true,
            activity: { type: 'message', text: answer.value, from: { name: state.world.botName }, timestamp: new Date().toISOString() },
          };
          state.entries.set(note.id, note);
          show(note);
        }
        return;
      }
      default:
        status(`${action.getJsonTypeName()} stöds inte av den lokala chatten.`);
    }
  }

  // ---- dialogs (task modules) ---------------------------------------------------------------------

  /**
   * As Teams does for a button whose data says msteams.type task/fetch: a task/fetch invoke, whose answer
   * (task.type continue) is a form shown in a modal dialog. Its submit button sends a task/submit invoke;
   * the answer is the form again (continue), a message that closes the form, or nothing (the dialog
   * closes). What the dialog shows is seen by the one who opened it only.
   */
  async function openDialog(entry, data) {
    showTask(entry, await taskInvoke(entry, 'task/fetch', data));
  }

  function taskInvoke(entry, name, data) {
    const conversationId = entry.threadId ? `${entry.conversationId};messageid=${entry.threadId}` : entry.conversationId;
    return invokeBot(activity(state.user, 'invoke', conversationId, {
      name,
      value: { data, context: { theme: 'default' } },
      replyToId: entry.id,
    }));
  }

  function showTask(entry, answer) {
    const dialog = $('task');
    const task = answer && answer.task;
    if (!task) {
      closeDialog();
      return;
    }
    const body = $('task-body');
    body.replaceChildren();
    if (task.type === 'continue' && task.value && task.value.card) {
      $('task-title').textContent = task.value.title || state.world.botName;
      const holder = document.createElement('div');
      holder.className = 'card';
      try {
        const card = new AdaptiveCards.AdaptiveCard();
        card.hostConfig = HOST_CONFIG;
        card.onExecuteAction = async (action) => {
          if (action.getJsonTypeName() !== 'Action.Submit') {
            return onCardAction(entry, action);
          }
          showTask(entry, await taskInvoke(entry, 'task/submit', action.data));
        };
        card.parse(task.value.card.content);
        holder.append(card.render());
      }
      catch (failed) {
        holder.className = 'unsupported';
        holder.textContent = 'Dialogen kunde inte visas: ' + failed.message;
      }
      body.append(holder);
    }
    else if (task.type === 'message') {
      $('task-title').textContent = state.world.botName;
      const message = document.createElement('div');
      message.className = 'task-message text';
      message.innerHTML = markdown(String(task.value || ''));
      body.append(message);
    }
    else {
      closeDialog();
      return;
    }
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  function closeDialog() {
    const dialog = $('task');
    if (dialog.open) {
      dialog.close();
    }
  }

  /** Sends an invoke; its answer is the body of the HTTP response (an AdaptiveCardInvokeResponse). */
  async function invokeBot(invoke) {
    try {
      const response = await fetch('/api/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(invoke),
      });
      if (!response.ok) {
        status(`Boten svarade ${response.status} på ${invoke.name}.`);
        return null;
      }
      status(null);
      const text = await response.text();
      return text ? JSON.parse(text) : null;
    }
    catch (failed) {
      status('Boten kunde inte nås: ' + failed.message);
      return null;
    }
  }

  /** Keeps what a user wrote in the transcript, so that others in a channel see it too. */
  function record(message) {
    return fetch('/dev/chat/written', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(message),
    });
  }

  async function toBot(message) {
    try {
      const response = await fetch('/api/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(message),
      });
      status(response.ok ? null : `Boten svarade ${response.status} på ${message.type}.`);
    }
    catch (failed) {
      status('Boten kunde inte nås: ' + failed.message);
    }
  }

  async function postJson(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return response.json();
  }

  function status(text) {
    $('status').hidden = !text;
    $('status').textContent = text || '';
  }

  // ---- showing messages ---------------------------------------------------------------------------

  function renderMessages() {
    const messages = $('messages');
    messages.replaceChildren();
    state.elements.clear();
    for (const entry of state.entries.values()) {
      if (entry.conversationId === state.view.id) {
        show(entry);
      }
    }
    if (!messages.children.length) {
      const empty = document.createElement('p');
      empty.className = 'empty';
      empty.textContent = state.view.channel
        ? 'Inga inlägg ännu. Skriv @Samverkansboten hjälp.'
        : 'Inga meddelanden ännu. Skriv hjälp.';
      messages.append(empty);
    }
  }

  function show(entry) {
    const messages = $('messages');
    messages.querySelector('.empty')?.remove();
    const nearBottom = messages.scrollHeight - messages.scrollTop - messages.clientHeight < 80;
    const element = messageElement(entry);
    state.elements.set(entry.id, element);
    if (entry.threadId) {
      const thread = threadElement(entry.threadId);
      if (entry.id === entry.threadId) {
        thread.querySelector('.root').replaceChildren(element);
      }
      else {
        thread.querySelector('.replies').append(element);
      }
    }
    else {
      messages.append(element);
    }
    if (nearBottom) {
      messages.scrollTop = messages.scrollHeight;
    }
  }

  function replaceShown(entry) {
    const old = state.elements.get(entry.id);
    if (!old) {
      return show(entry);
    }
    const element = messageElement(entry);
    old.replaceWith(element);
    state.elements.set(entry.id, element);
  }

  function threadElement(threadId) {
    let thread = document.getElementById('thread-' + threadId);
    if (!thread) {
      thread = document.createElement('article');
      thread.className = 'thread';
      thread.id = 'thread-' + threadId;
      const root = document.createElement('div');
      root.className = 'root';
      const replies = document.createElement('div');
      replies.className = 'replies';
      const reply = document.createElement('button');
      reply.type = 'button';
      reply.className = 'reply-button';
      reply.textContent = 'Svara';
      reply.addEventListener('click', () => replyIn(threadId));
      thread.append(root, replies, reply);
      $('messages').append(thread);
    }
    return thread;
  }

  function replyIn(threadId) {
    state.replyTo = threadId;
    $('replying').hidden = !threadId;
    document.querySelectorAll('.thread.replying').forEach((thread) => thread.classList.remove('replying'));
    if (threadId) {
      document.getElementById('thread-' + threadId)?.classList.add('replying');
      $('text').focus();
    }
  }

  function messageElement(entry) {
    const activity = entry.activity;
    const element = document.createElement('div');
    element.className = 'message ' + (entry.fromBot ? 'from-bot' : 'mine');
    element.dataset.id = entry.id;
    const meta = document.createElement('div');
    meta.className = 'meta';
    const when = activity.timestamp ? new Date(activity.timestamp).toLocaleTimeString('sv-SE') : '';
    meta.textContent = `${(activity.from && activity.from.name) || ''} ${when}${entry.onlyYou ? ' · bara du ser detta' : ''}`;
    element.append(meta);
    if (activity.text) {
      const text = document.createElement('div');
      text.className = 'text';
      if (entry.fromBot) {
        text.innerHTML = markdown(activity.text);
      }
      else {
        text.textContent = activity.text.replace(/<at>(.*?)<\/at>/g, '@$1');
      }
      element.append(text);
    }
    for (const attachment of activity.attachments || []) {
      element.append(attachmentElement(entry, attachment));
    }
    return element;
  }

  /** What files.js needs to answer a file card: an invoke in its conversation, and the status line. */
  function fileChat(entry) {
    const conversationId = entry.threadId ? `${entry.conversationId};messageid=${entry.threadId}` : entry.conversationId;
    return {
      invoke: (name, value) => invokeBot(activity(state.user, 'invoke', conversationId, { name, value, replyToId: entry.id })),
      status,
    };
  }

  function attachmentElement(entry, attachment) {
    const file = window.DevChatFiles ? window.DevChatFiles.element(attachment, fileChat(entry)) : null;
    if (file) {
      return file;
    }
    if (attachment.contentType !== CARD) {
      const other = document.createElement('div');
      other.className = 'unsupported';
      other.textContent = `[${attachment.contentType}]\n` + JSON.stringify(attachment.content, null, 2);
      return other;
    }
    const holder = document.createElement('div');
    holder.className = 'card';
    try {
      const card = new AdaptiveCards.AdaptiveCard();
      card.hostConfig = HOST_CONFIG;
      card.onExecuteAction = (action) => onCardAction(entry, action);
      const view = viewFor(entry, attachment.content);
      card.parse(view.content);
      holder.append(card.render());
      if (view.own) {
        holder.dataset.view = 'own';
      }
    }
    catch (failed) {
      holder.className = 'unsupported';
      holder.textContent = 'Kortet kunde inte visas: ' + failed.message;
    }
    return holder;
  }

  /**
   * A card with a refresh, as Teams shows it in a conversation of up to 60 people: each reader gets their
   * own view, which the bot answers an adaptiveCard/action invoke (the refresh's action, trigger
   * automatic) with. Until it arrives, and if it does not, the card as posted is shown. The view is kept
   * per reader and per version of the posted card, so that another user of this page sees their own.
   */
  function viewFor(entry, content) {
    if (!content || !content.refresh || !content.refresh.action) {
      return { content, own: false };
    }
    const key = `${state.user.id}|${entry.id}`;
    const known = state.views.get(key);
    if (known && known.base === content) {
      return { content: known.card, own: true };
    }
    if (!state.refreshing.has(key)) {
      state.refreshing.add(key);
      refreshView(entry, content, key).finally(() => state.refreshing.delete(key));
    }
    return { content, own: false };
  }

  async function refreshView(entry, content, key) {
    const reader = state.user;
    const action = content.refresh.action;
    const conversationId = entry.threadId ? `${entry.conversationId};messageid=${entry.threadId}` : entry.conversationId;
    const answer = await invokeBot(activity(reader, 'invoke', conversationId, {
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger: 'automatic' },
      replyToId: entry.id,
    }));
    if (!answer || answer.type !== CARD || !answer.value) {
      return;
    }
    state.views.set(key, { base: content, card: answer.value });
    const shown = state.entries.get(entry.id);
    if (state.user === reader && state.view && shown && shown.conversationId === state.view.id) {
      replaceShown(shown);
    }
  }

  /** The little Markdown Teams renders in text: bold, italic, links, line breaks and lists. */
  function markdown(text) {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const inline = escaped
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^*])\*(?!\s)(.+?)\*/g, '$1<em>$2</em>')
      .replace(/(^|\s)_(.+?)_(?=\s|$|[.,!?])/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
    const lines = inline.split(/\r?\n/);
    let html = '';
    let list = false;
    for (const line of lines) {
      const item = /^\s*[-*] (.*)$/.exec(line);
      if (item) {
        html += (list ? '' : '<ul>') + `<li>${item[1]}</li>`;
        list = true;
        continue;
      }
      if (list) {
        html += '</ul>';
        list = false;
      }
      html += line ? `<p>${line}</p>` : '';
    }
    return html + (list ? '</ul>' : '');
  }

  const HOST_CONFIG = new AdaptiveCards.HostConfig({
    fontFamily: '"Segoe UI", system-ui, sans-serif',
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 20, padding: 12 },
    fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 20 },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      showCard: { actionMode: 'inline', inlineTopMargin: 8 },
    },
  });

  start().catch((failed) => status('Sidan kunde inte starta: ' + failed.message));
})();
