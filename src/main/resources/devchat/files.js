// Files on the local chat page, as Teams handles them: a file the bot offers (a file consent card) is
// accepted or declined; on accept the page gives the bot a place to upload to (served by this
// application, as OneDrive would be), and the file then shows as a download link (a file info card).
// A user can attach a file to a message (e.g. "importera kontakter"); the bot downloads it from here.
'use strict';

window.DevChatFiles = (() => {
  const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
  const INFO = 'application/vnd.microsoft.teams.card.file.info';
  const DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';

  async function place(name) {
    const response = await fetch('/dev/chat/files', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    if (!response.ok) {
      throw new Error(`filen kunde inte få en plats (${response.status})`);
    }
    return response.json();
  }

  function extension(name) {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  }

  function kilobytes(size) {
    return size ? ` (${Math.max(1, Math.round(size / 1024))} kB)` : '';
  }

  function button(label, className, onClick) {
    const result = document.createElement('button');
    result.type = 'button';
    result.className = className;
    result.textContent = label;
    result.addEventListener('click', onClick);
    return result;
  }

  /** The consent card: what the bot wants to send, Tillåt or Avböj. */
  function consent(attachment, chat) {
    const content = attachment.content || {};
    const holder = document.createElement('div');
    holder.className = 'file consent';
    const title = document.createElement('div');
    title.className = 'file-name';
    title.textContent = `${attachment.name || 'fil'}${kilobytes(content.sizeInBytes)}`;
    const description = document.createElement('div');
    description.className = 'subtle';
    description.textContent = content.description || '';
    const actions = document.createElement('div');
    actions.className = 'file-actions';
    const answered = (text) => {
      actions.replaceChildren();
      const note = document.createElement('span');
      note.className = 'subtle';
      note.textContent = text;
      actions.append(note);
    };
    const answer = async (action) => {
      actions.querySelectorAll('button').forEach((each) => { each.disabled = true; });
      try {
        const value = { type: 'fileUpload', action, context: action === 'accept' ? content.acceptContext : content.declineContext };
        if (action === 'accept') {
          const slot = await place(attachment.name || 'fil');
          value.uploadInfo = {
            name: attachment.name,
            uploadUrl: slot.uploadUrl,
            contentUrl: slot.contentUrl,
            uniqueId: slot.id,
            fileType: extension(attachment.name || ''),
          };
        }
        await chat.invoke('fileConsent/invoke', value);
        answered(action === 'accept' ? 'Du tillät filen.' : 'Du avböjde filen.');
      }
      catch (failed) {
        chat.status('Filen kunde inte tas emot: ' + failed.message);
        actions.querySelectorAll('button').forEach((each) => { each.disabled = false; });
      }
    };
    actions.append(button('Tillåt', 'file-accept', () => answer('accept')),
      button('Avböj', 'file-decline', () => answer('decline')));
    holder.append(title, description, actions);
    return holder;
  }

  /** A file that has arrived: a link that downloads it. */
  function link(attachment) {
    const holder = document.createElement('div');
    holder.className = 'file info';
    const anchor = document.createElement('a');
    anchor.className = 'file-link';
    anchor.href = attachment.contentUrl;
    anchor.download = attachment.name || '';
    anchor.textContent = `${attachment.name || 'fil'}`;
    holder.append(anchor);
    return holder;
  }

  /** The element for a file attachment, or null for other kinds. */
  function element(attachment, chat) {
    switch (attachment.contentType) {
      case CONSENT:
        return consent(attachment, chat);
      case INFO:
      case DOWNLOAD:
        return link({ ...attachment, contentUrl: attachment.contentUrl || (attachment.content || {}).downloadUrl });
      default:
        return null;
    }
  }

  /** A file the user attaches: stored here, then sent with what is typed, as Teams does. */
  async function attach(file, chat) {
    const slot = await place(file.name);
    const put = await fetch(slot.uploadUrl, { method: 'PUT', body: file });
    if (!put.ok) {
      throw new Error(`filen kunde inte sparas (${put.status})`);
    }
    return {
      contentType: DOWNLOAD,
      name: file.name,
      contentUrl: slot.contentUrl,
      content: { downloadUrl: slot.contentUrl, uniqueId: slot.id, fileType: extension(file.name) },
    };
  }

  return { element, attach };
})();
