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

/** Drøftelser: thread list, new thread form, the open thread and its comment form. */
export class DiscussionSection extends WorkspacePage {
  readonly threadList: Locator;
  readonly newThreadButton: Locator;
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

  async startThread(title: string, body: string): Promise<void> {
    await this.newThreadButton.click();
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
