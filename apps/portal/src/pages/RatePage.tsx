import { useState } from 'react';
import { Card, Result } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { portalApi } from '../api';
import { RatingForm } from './StatusPage';

/** 评价: the link the petitioner received when the reply was delivered (`/portal/rate?token=…`). */
export function RatePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [rated, setRated] = useState(false);
  if (!token) return <Result status="warning" title="评价链接不完整" subTitle="请使用短信中的完整链接，或凭查询码在查询页评价。" />;
  if (rated) return <Result status="success" title="感谢您的评价" />;
  return (
    <Card title="满意度评价">
      <RatingForm onRate={(rating) => portalApi.rateByToken(token, rating)} onRated={() => setRated(true)} />
    </Card>
  );
}
