import { useApolloClient, useQuery } from '@apollo/client';
import { useEffect, useMemo, useState } from 'react';
import type { RegistrationChoicesQuery } from '../../gql/graphql';
import { treeOf, type TreeNode } from '../../logic/registration';
import { RegistrationChoicesDocument, SubtreeTenantsDocument } from './operations';

const TENANT_PAGE = 100;

type Office = RegistrationChoicesQuery['tenants']['edges'][number]['node'];

export interface RegistrationChoices {
  loading: boolean;
  error: string | null;
  /** Categories as a tree; the selected one shows its whole path (城乡建设/物业管理). */
  categories: TreeNode<{ fullName: string }>[];
  /** The office's subtree, for the problem's jurisdiction. */
  offices: TreeNode[];
  leaders: { value: string; label: string }[];
}

/**
 * What the registration form chooses from. A city's or province's subtree is longer than one page
 * of `tenants`: the rest is fetched page by page, so every office below can be chosen.
 */
export function useRegistrationChoices(): RegistrationChoices {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(RegistrationChoicesDocument, { variables: { first: TENANT_PAGE }, fetchPolicy: 'cache-first' });
  const [more, setMore] = useState<Office[]>([]);
  const [moreError, setMoreError] = useState<string | null>(null);

  useEffect(() => {
    const first = data?.tenants.pageInfo;
    if (!first?.hasNextPage) return;
    let cancelled = false;
    void (async () => {
      const offices: Office[] = [];
      let after = first.endCursor;
      try {
        while (after && !cancelled) {
          const page = await client.query({ query: SubtreeTenantsDocument, variables: { first: TENANT_PAGE, after } });
          offices.push(...page.data.tenants.edges.map((edge) => edge.node));
          after = page.data.tenants.pageInfo.hasNextPage ? page.data.tenants.pageInfo.endCursor : null;
        }
        if (!cancelled) setMore(offices);
      } catch {
        if (!cancelled) setMoreError('下级机构未能全部加载，请刷新页面重试');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, data]);

  return useMemo(() => {
    const offices = [...(data?.tenants.edges.map((edge) => edge.node) ?? []), ...more];
    return {
      loading,
      error: error ? (error.graphQLErrors[0]?.message ?? '选项加载失败，请稍后再试') : moreError,
      categories: treeOf<RegistrationChoicesQuery['categories'][number], { fullName: string }>(data?.categories ?? [], (category) => ({
        title: category.name,
        fullName: category.fullName,
        disabled: !category.usable,
      })),
      offices: treeOf(offices, (office) => ({ title: office.name })),
      leaders: (data?.leaders ?? []).map((leader) => ({ value: leader.id, label: leader.displayName })),
    };
  }, [data, more, loading, error, moreError]);
}
