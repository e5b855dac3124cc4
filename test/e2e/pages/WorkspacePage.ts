import type { Locator, Page } from '@playwright/test';

export type WorkspaceSection =
  | 'discussion'
  | 'decisions'
  | 'documents'
  | 'milestones'
  | 'activity'
  | 'lessons'
  | 'audit';

/** A section of a partnership's shared workspace (Drøftelser, Dokumenter, Aktivitet …). */
export class WorkspacePage {
  readonly heading: Locator;
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.tabs = page.getByRole('navigation', { name: /^(Partnerskabet|Partnership)$/ });
  }

  async goto(partnershipId: string, section: WorkspaceSection): Promise<void> {
    await this.page.goto(`/partnerships/${encodeURIComponent(partnershipId)}/${section}`);
  }

  tab(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name, exact: typeof name === 'string' });
  }
}

/** What a new thread is about: a kind ("Vilkårsversion") and, unless the partnership, an item. */
export interface ThreadAbout {
  readonly kind: string;
  /** Matches the item's option text, e.g. /^Version 1 / for "Version 1 (Aftalt)". */
  readonly item: RegExp;
}

/** Drøftelser: thread list, new thread form, the open thread and its comment form. */
export class DiscussionSection extends WorkspacePage {
  readonly threadList: Locator;
  readonly newThreadButton: Locator;
  readonly newThreadForm: Locator;
  readonly subjectKind: Locator;
  readonly subjectItem: Locator;
  readonly threadTitle: Locator;
  readonly firstComment: Locator;
  readonly startButton: Locator;
  readonly openThread: Locator;
  readonly comments: Locator;
  readonly commentBox: Locator;
  readonly sendComment: Locator;

  constructor(page: Page) {
    super(page);
    this.threadList = page.getByRole('region', { name: /^(Tråde|Threads)$/ });
    this.newThreadButton = page.getByRole('button', { name: /^(Ny drøftelse|New discussion)$/ });
    this.newThreadForm = page.getByRole('form', { name: /^(Start en drøftelse|Start a discussion)$/ });
    this.subjectKind = this.newThreadForm.getByLabel(/^(Handler om|Regarding)/);
    this.subjectItem = this.newThreadForm.getByLabel(/^(Hvilken|Which) /);
    this.threadTitle = page.getByLabel(/^(Emne|Subject)/);
    this.firstComment = page.getByLabel(/^(Første kommentar|First comment)/);
    this.startButton = page.getByRole('button', { name: /^(Start drøftelse|Start discussion)$/ });
    this.openThread = page.locator('section.thread');
    this.comments = this.openThread.locator('.comments > li');
    this.commentBox = this.openThread.getByLabel(/^(Ny kommentar|New comment)/);
    this.sendComment = this.openThread.getByRole('button', { name: /^(Send kommentar|Send comment)$/ });
  }

  threadLink(title: string): Locator {
    return this.threadList.getByRole('link', { name: title, exact: true });
  }

  /** The list entry of a thread: its link and what it is about, its counts and unread pill. */
  threadItem(title: string): Locator {
    const link = this.page.getByRole('link', { name: title, exact: true });
    return this.threadList.getByRole('listitem').filter({ has: link });
  }

  /** Chooses what the open new-thread form is about; the item by its option text. */
  async chooseSubject(about: ThreadAbout): Promise<void> {
    await this.subjectKind.selectOption({ label: about.kind });
    const option = this.subjectItem.locator('option').filter({ hasText: about.item });
    const value = await option.getAttribute('value');
    if (value === null) throw new Error(`no option ${about.item} to choose`);
    await this.subjectItem.selectOption(value);
  }

  async startThread(title: string, body: string, about?: ThreadAbout): Promise<void> {
    await this.newThreadButton.click();
    if (about) await this.chooseSubject(about);
    await this.threadTitle.fill(title);
    await this.firstComment.fill(body);
    await this.startButton.click();
  }

  async comment(body: string): Promise<void> {
    await this.commentBox.fill(body);
    await this.sendComment.click();
  }
}

/** Dokumenter: upload form and each document's versions. */
export class DocumentsSection extends WorkspacePage {
  readonly uploadForm: Locator;
  readonly titleInput: Locator;
  readonly fileInput: Locator;
  readonly uploadButton: Locator;
  readonly documentList: Locator;

  constructor(page: Page) {
    super(page);
    this.uploadForm = page.getByRole('region', { name: /^(Upload et dokument|Upload a document)$/ });
    this.titleInput = this.uploadForm.getByLabel(/^(Titel|Title)/);
    this.fileInput = this.uploadForm.getByLabel(/^(Fil|File)/);
    this.uploadButton = this.uploadForm.getByRole('button', { name: /^Upload$/ });
    this.documentList = page.getByRole('region', { name: /^(Dokumenter|Documents)$/ });
  }

  document(title: string): Locator {
    return this.documentList.getByRole('region', { name: title, exact: true });
  }

  downloadButton(filename: string): Locator {
    return this.documentList.getByRole('button', {
      name: new RegExp(`^(Hent|Download) ${escapeRegExp(filename)}$`),
    });
  }

  async upload(title: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.titleInput.fill(title);
    await this.fileInput.setInputFiles(file);
    await this.uploadButton.click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
