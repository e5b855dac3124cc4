import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { hasNul, parseInput } from '../../errors/validate.js';
import type { Context } from '../../graphql/context.js';
import { Public } from '../../graphql/public.js';
import { requireViewer } from '../../policy/index.js';
import { UserView } from '../users/user.view.js';
import { AuthPayload } from './auth.types.js';
import { authenticate } from './login.service.js';

const loginInput = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(320, 'must be at most 320 characters')
    .refine((text) => !hasNul(text), 'must not contain the NUL character'),
  password: z.string().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters'),
});

@Resolver()
export class AuthResolver {
  @Public()
  @Mutation(() => AuthPayload)
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: Context,
  ): Promise<AuthPayload> {
    const input = parseInput(loginInput, { email, password });
    const user = await authenticate(context.em, input.email, input.password, context.address);
    return new AuthPayload(await context.tokens.issue({ userId: user.id }), user);
  }

  @Query(() => UserView)
  me(@Ctx() context: Context): UserView {
    return requireViewer(context.viewer).user;
  }
}
