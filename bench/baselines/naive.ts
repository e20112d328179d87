/**
 * Baseline (b): the straightforward way to build this stack. The same dependency set (Apollo,
 * the Lambda integration, ElectroDB, the AWS SDK, Powertools), a trivial schema, one ElectroDB
 * entity on the same table, everything at module scope, bundled by esbuild with no tuning
 * (see bench/build.ts). Its first request sends one Query, like ours.
 */
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity } from 'electrodb';

const logger = new Logger({ serviceName: 'naive-baseline' });
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: process.env.AWS_REGION, endpoint: process.env.DYNAMODB_ENDPOINT }));

const Category = new Entity(
  {
    model: { entity: 'category', version: '1', service: 'storefront' },
    attributes: {
      categoryId: { type: 'string', required: true },
      name: { type: 'string', required: true },
      slug: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['categoryId'] }, sk: { field: 'sk', composite: [] } },
      all: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: [] },
        sk: { field: 'gsi1sk', composite: ['slug'] },
      },
    },
  },
  { client, table: process.env.TABLE_NAME },
);

const server = new ApolloServer({
  typeDefs: 'type Category { id: ID! name: String! slug: String! } type Query { categories: [Category!]! }',
  resolvers: {
    Query: {
      categories: async () => {
        const { data } = await Category.query.all({}).go();
        logger.debug('categories', { count: data.length });
        return data.map((category) => ({ id: category.categoryId, name: category.name, slug: category.slug }));
      },
    },
  },
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventRequestHandler());
