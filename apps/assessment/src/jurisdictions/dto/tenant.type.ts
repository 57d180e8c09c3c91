import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * The directory's `Tenant`, owned by the cases subgraph. This subgraph knows only its key and
 * contributes fields to it; the gateway hands over `{ id }` and asks for them.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Tenant {
  @Field(() => ID)
  id: string;
}
