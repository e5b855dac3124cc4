import type { EntityManager } from '@mikro-orm/postgresql';
import { recordActivity } from '../modules/activity/activity.service.js';
import { ActivityKind } from '../modules/activity/activity-kind.js';
import { Decision } from '../modules/decisions/decision.entity.js';
import { ThreadSubject } from '../modules/discussion/discussion.entities.js';
import { postComment, startThread } from '../modules/discussion/discussion.service.js';
import { Lesson, LessonOutcome, LessonVisibility } from '../modules/lessons/lesson.entity.js';
import { Milestone, MilestoneStatus } from '../modules/milestones/milestone.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { Partnership } from '../modules/partnerships/partnership.entity.js';
import { User } from '../modules/users/user.entity.js';
import { type DemoDirectory, viewerOf } from './demo-directory.js';

/** A working partnership: a discussion, a decision, milestones (one overdue) and lessons. */
export async function fillWorkspace(em: EntityManager, directory: DemoDirectory, partnership: Partnership) {
  const partnershipRef = em.getReference(Partnership, partnership.id, { wrapped: true });
  const thread = await startThread(em, viewerOf(directory, 'askov'), partnership.id, {
    subject: ThreadSubject.PARTNERSHIP,
    title: 'Rekruttering af familier i første halvår',
    body: 'Vi har nu 27 familier i forløb. Henvisningerne fra skolerne kommer langsommere end ventet — kan kommunen hjælpe med en fælles orientering?',
    mentions: [directory.organisation('aarhus').id],
  });
  await postComment(em, viewerOf(directory, 'aarhus'), thread, {
    body: 'Ja. Vi holder et orienteringsmøde for skoleledere i Aarhus Vest i næste måned og sender jeres materiale med.',
    mentions: [],
  });
  await postComment(em, viewerOf(directory, 'evaluering'), thread, {
    body: 'Husk at notere henvisningsvej for hver familie; vi skal bruge den i midtvejsevalueringen.',
    mentions: [directory.organisation('askov').id],
  });

  const decision = new Decision({
    partnership: partnershipRef,
    text: 'Skolerne i Aarhus Vest inddrages som henvisere fra 2. halvår 2026. Kommunen afholder orienteringsmødet.',
    decidedOn: '2026-06-15',
    agreedBy: [directory.organisation('aarhus').id, directory.organisation('askov').id],
    thread: null,
    supersedes: null,
    recordedBy: em.getReference(User, directory.user('aarhus').id, { wrapped: true }),
  });
  em.persist(decision);
  await recordActivity(em, {
    partnershipId: partnership.id,
    kind: ActivityKind.DECISION_RECORDED,
    viewer: viewerOf(directory, 'aarhus'),
    subjectId: decision.id,
    data: { text: 'Skolerne i Aarhus Vest inddrages som henvisere fra 2. halvår 2026.' },
  });

  const milestones: [string, string, 'aarhus' | 'askov' | 'evaluering', MilestoneStatus][] = [
    ['Første 25 familier i forløb', '2026-04-30', 'askov', MilestoneStatus.DONE],
    ['Midtvejsevaluering afleveret', '2026-09-30', 'evaluering', MilestoneStatus.IN_PROGRESS],
    ['Orienteringsmøde for skoleledere', '2026-10-31', 'aarhus', MilestoneStatus.PLANNED],
    ['Slutevaluering og afregning', '2028-12-31', 'evaluering', MilestoneStatus.PLANNED],
  ];
  for (const [title, dueDate, owner, status] of milestones) {
    const milestone = new Milestone({
      partnership: partnershipRef,
      title,
      dueDate,
      owner: em.getReference(Organisation, directory.organisation(owner).id, { wrapped: true }),
      createdBy: em.getReference(User, directory.user('aarhus').id, { wrapped: true }),
    });
    milestone.status = status;
    em.persist(milestone);
  }

  const lessons: [string, string, string[], LessonOutcome, LessonVisibility][] = [
    [
      'Tidlig kontakt til familierne giver færre frafald',
      'Når familierne blev kontaktet inden for en uge efter henvisningen, gennemførte langt flere forløbet. Ventetid over tre uger gav markant flere frafald.',
      ['rekruttering', 'frafald'],
      LessonOutcome.WENT_WELL,
      LessonVisibility.PLATFORM,
    ],
    [
      'Målingen af børnenes trivsel skal aftales før start',
      'Vi brugte for lang tid på at blive enige om trivselsmålingen (SDQ) efter opstart. Aftal måleværktøj, tidspunkter og hvem der indsamler, før kontrakten underskrives.',
      ['måling', 'evaluering'],
      LessonOutcome.WENT_BADLY,
      LessonVisibility.PARTNERSHIP,
    ],
  ];
  for (const [title, body, tags, outcome, visibility] of lessons) {
    const lesson = new Lesson({
      partnership: partnershipRef,
      title,
      body,
      tags,
      outcome,
      author: em.getReference(User, directory.user('askov').id, { wrapped: true }),
    });
    lesson.visibility = visibility;
    em.persist(lesson);
  }
  await em.flush();
}
