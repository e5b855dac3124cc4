import 'reflect-metadata';
import { execute, type GraphQLResolveInfo, parse } from 'graphql';
import {
  Arg,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  type MiddlewareFn,
  ObjectType,
  Query,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { leanFieldResolvers } from './lean-field-resolvers.js';

@ObjectType('Item')
class ItemView {
  @Field(() => ID)
  id!: string;

  label!: string;
}

interface TestContext {
  readonly suffix: string;
}

const shout: MiddlewareFn = async (_data, next) => String(await next()).toUpperCase();

@Resolver(() => ItemView)
class ItemResolver {
  @Query(() => [ItemView])
  items(): ItemView[] {
    // A plain object among the views: roots are passed as they come.
    return [Object.assign(new ItemView(), { id: '1', label: 'one' }), { id: '2', label: 'two' }];
  }

  @FieldResolver(() => String)
  label(@Root() item: ItemView): string {
    return item.label;
  }

  @FieldResolver(() => String)
  async labelled(@Root() item: ItemView, @Ctx() context: TestContext): Promise<string> {
    return `${item.label}${context.suffix}`;
  }

  @FieldResolver(() => String)
  path(@Info() info: GraphQLResolveInfo, @Root() item: ItemView): string {
    return `${info.parentType.name}.${info.fieldName}:${item.id}`;
  }

  @FieldResolver(() => String)
  repeated(@Root() item: ItemView, @Arg('times', () => Number) times: number): string {
    return item.label.repeat(times);
  }

  @FieldResolver(() => String)
  @UseMiddleware(shout)
  loud(@Root() item: ItemView): string {
    return item.label;
  }
}

const QUERY = parse('{ items { id label labelled path repeated(times: 2) loud } }');

async function answer(lean: boolean) {
  const schema = await buildSchema({ resolvers: [ItemResolver], validate: false });
  const rewired = lean ? leanFieldResolvers(schema) : 0;
  const result = await execute({ schema, document: QUERY, contextValue: { suffix: '!' } });
  return { rewired, result: JSON.parse(JSON.stringify(result)) };
}

describe('lean field resolvers', () => {
  it('call root, context and info resolvers directly and answer exactly as type-graphql does', async () => {
    const [plain, lean] = await Promise.all([answer(false), answer(true)]);
    expect(lean.result).toEqual(plain.result);
    expect(lean.result).toEqual({
      data: {
        items: [
          { id: '1', label: 'one', labelled: 'one!', path: 'Item.path:1', repeated: 'oneone', loud: 'ONE' },
          { id: '2', label: 'two', labelled: 'two!', path: 'Item.path:2', repeated: 'twotwo', loud: 'TWO' },
        ],
      },
    });
  });

  it('leave resolvers with arguments or middleware to type-graphql', async () => {
    const { rewired } = await answer(true);
    // label, labelled and path; not repeated (an argument) nor loud (a middleware).
    expect(rewired).toBe(3);
  });
});
