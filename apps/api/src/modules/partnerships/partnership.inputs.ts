import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { boundedText } from '../../errors/validate.js';

@InputType()
export class CreatePartnershipInput {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  challenge!: string;
}

export const TITLE_MAX = 200;
export const CHALLENGE_MAX = 4000;

export const createPartnershipSchema = z.object({
  title: boundedText(z, TITLE_MAX),
  challenge: boundedText(z, CHALLENGE_MAX),
});

export const uuidSchema = z.string().uuid('must be a valid id');
