import { Extensions } from 'type-graphql';

/** Marks a root field as callable without signing in. Everything else is denied by default. */
export const Public = () => Extensions({ public: true });
